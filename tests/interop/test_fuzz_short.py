"""fuzz_import.py's 100,000 mutated inputs, cut to a few hundred: no traceback."""

import importlib.util
import sys
from pathlib import Path

from netjournal.paths import DataDir


def test_a_few_hundred_mutated_inputs_give_no_traceback(tmp_path):
    path = Path(__file__).resolve().parents[2] / "benchmarks" / "fuzz_import.py"
    spec = importlib.util.spec_from_file_location("fuzz_import", path)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    sys.modules["fuzz_import"] = bench  # dataclasses look their module up
    spec.loader.exec_module(bench)
    results = bench.fuzz(400, 23, DataDir(tmp_path / "data").ensure())
    assert results.cases == 400
    assert results.tracebacks == []
    assert sum(results.rejections.values()) > 0 and results.accepted > 0


def test_a_charset_with_a_nul_in_it_falls_back_on_the_files_encoding():
    from netjournal.interop.vcard_read import read_vcards

    read = read_vcards(b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=ut\x00f-8:Jos\xc3\xa9\r\n"
                       b"END:VCARD\r\n")
    assert [c.contact.name for c in read.items] == ["José"]
