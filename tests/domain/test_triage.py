"""Connection request triage: the verdicts, their reasons, and the user's red flags."""

import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st

from netjournal.domain.triage import (
    Signal,
    Verdict,
    assess,
    clean_phrases,
    find_phrase,
    fold,
)
from netjournal.domain.values import ConnectionRequest
from netjournal.settings import DEFAULT_RED_FLAGS


def req(message: str = "", mutual: int = 0, photo: bool = True,
        profile: bool = True) -> ConnectionRequest:
    return ConnectionRequest(name="Someone", message=message, mutual_connections=mutual,
                             has_photo=photo, profile_filled=profile)


def signals(assessment) -> set[Signal]:
    return {r.signal for r in assessment.reasons}


def test_a_stranger_with_nothing_is_likely_noise():
    a = assess(req(photo=False, profile=False), DEFAULT_RED_FLAGS)
    assert a.verdict == Verdict.LIKELY_DECLINE
    assert signals(a) == {Signal.NO_MESSAGE, Signal.NO_PHOTO, Signal.EMPTY_PROFILE}
    assert not a.for_reasons


def test_a_clear_reason_and_engagement_deserve_a_yes():
    a = assess(req("Hi! We both work in fintech; I enjoyed your talk at PyCon ID.", mutual=3),
               DEFAULT_RED_FLAGS)
    assert a.verdict == Verdict.LIKELY_ACCEPT
    assert {Signal.CLEAR_MESSAGE, Signal.STATED_REASON, Signal.ENGAGEMENT,
            Signal.MUTUAL_CONNECTIONS} <= signals(a)
    engagement = next(r for r in a.reasons if r.signal == Signal.ENGAGEMENT)
    assert engagement.phrase == "your talk" and engagement.counts_for
    mutual = next(r for r in a.reasons if r.signal == Signal.MUTUAL_CONNECTIONS)
    assert mutual.count == 3
    assert not a.against_reasons


def test_a_student_stating_a_reason_in_indonesian():
    a = assess(req("Halo kak, saya mahasiswa UI dan tertarik belajar soal product."),
               DEFAULT_RED_FLAGS)
    assert Signal.STATED_REASON in signals(a)
    assert a.verdict == Verdict.LIKELY_ACCEPT


def test_the_networks_default_text_is_not_a_message():
    a = assess(req("I’d like to add you to my professional network."), DEFAULT_RED_FLAGS)
    assert Signal.GENERIC_MESSAGE in signals(a)
    assert Signal.CLEAR_MESSAGE not in signals(a)
    assert a.verdict == Verdict.LOOK_CLOSER


def test_mutual_connections_alone_make_a_silent_request_worth_a_look():
    assert assess(req(mutual=25), ()).verdict == Verdict.LOOK_CLOSER
    assert assess(req(), ()).verdict == Verdict.LIKELY_DECLINE


def test_red_flags_count_against_and_name_the_phrase():
    a = assess(req("Visionary thinker 🚀 looking to connect with leaders!", mutual=3),
               DEFAULT_RED_FLAGS)
    assert a.verdict == Verdict.LIKELY_DECLINE
    assert a.red_flags == ("visionary thinker", "🚀")
    assert Signal.CLEAR_MESSAGE not in signals(a)


def test_a_red_flag_stops_a_likely_accept():
    text = "We both love Go and I enjoyed your talk; also into crypto."
    assert assess(req(text, mutual=30), ()).verdict == Verdict.LIKELY_ACCEPT
    assert assess(req(text, mutual=30), ("crypto",)).verdict == Verdict.LOOK_CLOSER


def test_the_users_own_phrases_are_matched():
    a = assess(req("Saya seorang Growth Hacker dan Pemikir Visioner"),
               ("growth hacker", "pemikir visioner"))
    assert a.red_flags == ("growth hacker", "pemikir visioner")


@pytest.mark.parametrize(("message", "phrase"), [
    ("VISIONARY THINKER here", "visionary thinker"),  # case
    ("A visionary\n  thinker", "Visionary Thinker"),  # spacing
    ("Je suis un entrepreneur en série", "Entrepreneur en serie"),  # accents in the text
    ("Serial entrepreneur", "sérial éntrepreneur"),  # accents in the phrase
    ("Ｃｒｙｐｔｏ enthusiast", "crypto"),  # full-width letters
    ("Cryptocurrency evangelist", "crypto"),  # a word start catches longer words
    ("launching 🚀🚀🚀", "🚀"),  # emoji
    ("I ❤️ growth", "❤"),  # emoji with and without a variation selector
    ("great work 👍🏽", "👍"),  # skin tone
    ("ロケット🚀起業家", "起業家"),  # CJK
    ("Grüße vom Straßenfest", "STRASSENFEST"),  # casefolding ß
])
def test_matching_ignores_case_accents_and_emoji_variants(message, phrase):
    assert assess(req(message), (phrase,)).red_flags == (phrase,)


@pytest.mark.parametrize(("message", "phrase"), [
    ("She said hello", "ai"),  # not in the middle of a word
    ("Hello there", ""),  # an empty phrase matches nothing
    ("Hello there", "   "),
    ("Hello there", "\ufe0f"),  # a phrase that folds to nothing
])
def test_what_does_not_match(message, phrase):
    assert assess(req(message), (phrase,)).red_flags == ()


def test_clean_phrases_trims_and_drops_duplicates_by_folded_form():
    assert clean_phrases(["  Visionary   thinker ", "visionary thinker", "", "🚀", "🚀\ufe0f",
                          "Crypto", "CRYPTO"]) == ("Visionary thinker", "🚀", "Crypto")


def test_fold():
    assert fold("  Ségolène\tROYAL ") == "segolene royal"
    assert fold("❤️") == fold("❤")
    assert fold("it’s") == "it's"


def test_find_phrase_whole_word():
    assert find_phrase("i'm a student", "i'm a", whole_word=True)
    assert not find_phrase("i'm around", "i'm a", whole_word=True)
    assert find_phrase("i'm around", "i'm a")


def test_a_wall_of_text_is_not_a_short_note():
    a = assess(req("I would like to tell you about my company. " * 20), ())
    assert Signal.LONG_MESSAGE in signals(a)
    assert Signal.CLEAR_MESSAGE not in signals(a)


def test_negative_mutual_counts_are_read_as_none():
    a = assess(req("Hello, glad to connect with you", mutual=-4), ())
    assert Signal.MUTUAL_CONNECTIONS not in signals(a)


requests = st.builds(
    ConnectionRequest, name=st.text(max_size=20), message=st.text(max_size=500),
    mutual_connections=st.integers(-10, 10_000), has_photo=st.booleans(),
    profile_filled=st.booleans())
phrases = st.lists(st.text(max_size=15), max_size=6)


@given(requests, phrases)
def test_assessing_never_raises_and_reasons_add_up(request, flags):
    a = assess(request, flags)
    assert a.score == sum(r.points for r in a.reasons)
    assert a.verdict in Verdict


@given(requests, phrases, st.text(min_size=1, max_size=15))
def test_adding_a_red_flag_never_improves_a_verdict(request, flags, extra):
    before = assess(request, flags)
    after = assess(request, [*flags, extra])
    assert after.verdict.rank <= before.verdict.rank
    assert after.score <= before.score


@given(requests, phrases, st.integers(0, 500))
def test_more_mutual_connections_never_worsen_a_verdict(request, flags, more):
    before = assess(request, flags)
    more_mutual = max(0, request.mutual_connections) + more
    after = assess(dataclasses.replace(request, mutual_connections=more_mutual), flags)
    assert after.verdict.rank >= before.verdict.rank


@given(requests, st.sampled_from(DEFAULT_RED_FLAGS))
def test_a_red_flag_phrase_in_the_message_is_always_found(request, phrase):
    flagged = dataclasses.replace(request, message=f"{request.message} {phrase.upper()}")
    assert phrase in assess(flagged, DEFAULT_RED_FLAGS).red_flags


@pytest.mark.parametrize("message", ["Hi", "Halo kak 🙏", "Hello!!"])
def test_a_bare_greeting_says_it_does_not_say_why(message):
    a = assess(req(message), DEFAULT_RED_FLAGS)
    assert signals(a) == {Signal.TOO_SHORT}
    assert (a.verdict, a.score) == (Verdict.LOOK_CLOSER, -1)
    # with no photo as well, a stranger's "Hi" is likely noise
    assert assess(req(message, photo=False), ()).verdict == Verdict.LIKELY_DECLINE


def test_a_short_message_with_a_reason_is_not_a_bare_greeting():
    a = assess(req("Met at PyCon!"), ())
    assert Signal.TOO_SHORT not in signals(a)
    assert Signal.STATED_REASON in signals(a)
