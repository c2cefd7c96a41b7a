"""One place decides the language: ``--lang``, else the settings, else the user's locale."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from netjournal import language


@pytest.mark.parametrize(("environ", "expected"), [
    ({}, "en"),
    ({"LANG": "id_ID.UTF-8"}, "id"),
    ({"LANG": "id"}, "id"),
    ({"LANG": "en_GB.UTF-8"}, "en"),
    ({"LANG": "C.UTF-8"}, "en"),
    ({"LANG": "de_DE.UTF-8"}, "en"),
    ({"LC_MESSAGES": "id_ID.UTF-8", "LANG": "en_US.UTF-8"}, "id"),
    ({"LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "id_ID.UTF-8", "LANG": "id_ID"}, "en"),
    ({"LC_ALL": "", "LANG": "id_ID.UTF-8"}, "id"),  # an empty variable is not set
    ({"LANG": "id_ID@latin"}, "id"),
])
def test_the_locale_chooses(environ, expected):
    assert language.choose(None, "", environ) == expected


locale_values = st.sampled_from(["", "C", "POSIX", "id_ID.UTF-8", "en_US.UTF-8", "fr_FR",
                                 "id", "en_GB@euro"])


@given(flag=st.sampled_from([None, "en", "id"]), configured=st.sampled_from(["", "en", "id"]),
       lc_all=locale_values, lc_messages=locale_values, lang=locale_values)
def test_flag_then_settings_then_the_first_locale_variable_set(flag, configured, lc_all,
                                                                lc_messages, lang):
    environ = {"LC_ALL": lc_all, "LC_MESSAGES": lc_messages, "LANG": lang}
    chosen = language.choose(flag, configured, environ)
    first = next((v for v in (lc_all, lc_messages, lang) if v), "")
    expected = flag or configured or ("id" if first.startswith("id") else "en")
    assert chosen == expected


def test_dates_follow_the_users_own_locale_of_that_language():
    pytest.importorskip("PySide6.QtCore")
    assert language.locale_for("en", {"LANG": "en_GB.UTF-8"}).name() == "en_GB"
    assert language.locale_for("en", {"LANG": "id_ID.UTF-8"}).name() == "en_US"
    assert language.locale_for("id", {"LANG": "C"}).name() == "id_ID"
    assert language.locale_for("en", {}).name() == "en_US"
