"""Fuzzing the two doors into the core: content files (random YAML and front matter, as an editor
with a bad day might write them) and the assessment command line. Always a clear message naming
file and line, or a usage error; never a traceback."""

from __future__ import annotations

import contextlib
import io
import json
import pickle
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

import content.cli as content_cli
from content.loader import LoadResult, load_knowledge_base
from tests.conftest import FIXTURES

YAML_FILES = (
    "indicators.yaml",
    "labour_law_checks.yaml",
    "glossary.yaml",
    "contacts.yaml",
    "taxonomy.yaml",
    "meta.yaml",
    "rules.yaml",
    "trees/mini.yaml",
)

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=False),
    st.text(max_size=30),
    st.dates(),
)
yaml_values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.one_of(st.text(max_size=12), st.integers()), inner, max_size=4),
    ),
    max_leaves=12,
)
# Keys the loader looks for, so that random data reaches deep into its checks.
known_keys = st.sampled_from(
    ["id", "dimensions", "indicators", "checks", "facts", "terms", "contacts", "topics", "jurisdictions",
     "label_en", "label_sr", "dimension", "strength", "en", "sr", "definition_en", "institution_en",
     "source", "verified", "outcomes", "version", "nodes", "start", "answers", "next", "records",
     "rules", "outcome", "title", "reviewed", "sources", "topic", "jurisdiction", "year", "document"]
)  # fmt: skip
shaped = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(known_keys, inner, max_size=5)),
    max_leaves=16,
)
# Raw text: broken indentation, tabs, unclosed quotes and brackets, anchors, tags, documents.
yaml_text = st.lists(
    st.sampled_from(
        ["id: x", "  - a", "\t- b", 'k: "open', "k: [1, 2", "{a: b", "&a x", "*a", "!!python/object:os.system x",
         "---", "...", "? k", ": v", "- - -", "key: |", "  text", "%YAML 1.1", "@x", "k: 'a''b'", "- id: é",
         "label_en: Пасош", "strength: strong", "dimension: nope", "\x00", "\ufeffid: y"]
    ),
    max_size=12,
).map("\n".join) | st.text(max_size=200)  # fmt: skip


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("fuzz") / "kb"
    shutil.copytree(FIXTURES / "mini_kb", target)
    return target


def load_with(pristine: Path, relative: str, data: bytes) -> LoadResult:
    """Load the mini knowledge base with one file replaced, then put the file back."""
    path = pristine / relative
    original = path.read_bytes() if path.exists() else None
    path.write_bytes(data)
    try:
        return load_knowledge_base(pristine)
    finally:
        if original is None:
            path.unlink()
        else:
            path.write_bytes(original)


def assert_clear(result: LoadResult, relative: str, root: Path) -> None:
    assert all(p.line >= 1 and p.message for p in result.problems)
    for problem in result.problems:
        assert ":" in problem.format(root) and "Traceback" not in problem.message
    # What the app caches must come back the same (content/kb_cache.py pickles the load).
    assert pickle.loads(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)) == result


@given(relative=st.sampled_from(YAML_FILES), text=yaml_text)
def test_random_yaml_text_in_any_data_file_gives_file_and_line(pristine: Path, relative: str, text: str) -> None:
    result = load_with(pristine, relative, text.encode("utf-8", "surrogatepass"))
    assert_clear(result, relative, pristine)


@given(relative=st.sampled_from(YAML_FILES), data=st.one_of(yaml_values, shaped))
def test_random_yaml_structures_in_any_data_file_give_problems_not_crashes(
    pristine: Path, relative: str, data: object
) -> None:
    text = yaml.safe_dump(data, allow_unicode=True, default_flow_style=bool(hash(relative) % 2))
    result = load_with(pristine, relative, text.encode("utf-8", "surrogatepass"))
    assert_clear(result, relative, pristine)


@given(data=st.binary(max_size=300))
def test_random_bytes_in_a_data_file_are_reported(pristine: Path, data: bytes) -> None:
    result = load_with(pristine, "glossary.yaml", data)
    assert_clear(result, "glossary.yaml", pristine)


@given(
    where=st.sampled_from(["guidance/international/random.md", "guidance/serbia/random.sr.md", "cases/random.md"]),
    front=st.one_of(yaml_text, shaped.map(lambda d: yaml.safe_dump(d, allow_unicode=True))),
    body=st.text(max_size=200),
    closed=st.booleans(),
)
def test_random_front_matter_in_articles_and_cases_gives_file_and_line(
    pristine: Path, where: str, front: str, body: str, closed: bool
) -> None:
    text = "---\n" + front + ("\n---\n" if closed else "\n") + body
    result = load_with(pristine, where, text.encode("utf-8", "surrogatepass"))
    assert "passports" in result.kb.articles  # the rest still loads
    assert_clear(result, where, pristine)


# -- the assessment command line -------------------------------------------------------------

ids = st.sampled_from(["minor", "urgent_danger", "cd_confiscation_of_documents", "no_written_contract", "x"])
tokens = st.one_of(
    ids,
    st.text(max_size=20),
    st.sampled_from(["--json", "--lang", "en", "sr", "xx", "--indicators", "--indicators=", "-h", "--", ",", ";;",
                     "--content-dir", "/nonexistent", "assess", "check", "--bogus", "\udcff"]),
)  # fmt: skip


@pytest.fixture(scope="module")
def fast_load(real_load: LoadResult) -> Iterator[None]:
    """The command line as it is, minus re-reading the knowledge base for each example."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(content_cli, "load_knowledge_base", lambda _root: real_load)
        yield


@given(args=st.lists(tokens, max_size=8))
def test_any_assess_arguments_give_an_answer_or_a_clear_error(fast_load: None, args: list[str]) -> None:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = content_cli.main(["assess", *args])
        except SystemExit as exc:  # argparse: usage error or --help, with its message
            code = exc.code if isinstance(exc.code, int) else 2
    assert code in (0, 1, 2), (args, code)
    assert "Traceback" not in err.getvalue()
    if code == 2 and "-h" not in args:
        assert "error" in err.getvalue()
    if code == 0 and "--json" in args and "-h" not in args and "--" not in args:
        result = json.loads(out.getvalue())
        assert {"outcome", "positive_dimensions", "trace"} <= set(result)


@pytest.mark.slow
@pytest.mark.parametrize(
    "args",
    [
        [b"assess", b"--indicators", b"\xff\xfe,minor"],  # not UTF-8 at all
        [b"assess", b"--indicators", "пасош,ćevapi".encode()],
        [b"assess", b"--lang", b"xx"],
        [b"--content-dir", b"/nonexistent", b"assess", b"--indicators", b"minor"],
    ],
)
def test_the_assess_process_never_prints_a_traceback(args: list[bytes]) -> None:
    import subprocess
    import sys

    from tests.conftest import REPO

    command = [sys.executable.encode(), b"-m", b"content", *args]
    done = subprocess.run(command, cwd=REPO, capture_output=True, check=False)
    assert done.returncode in (1, 2)
    assert b"Traceback" not in done.stderr
    assert b"error" in done.stderr
