"""Hostile and broken scenario files: each is refused with one clear message at the right place, never a crash.

Scenario files are data written by people (or tools) we do not control. The loader must accept only plain YAML
(no tags, anchors, merge keys, duplicate keys, several documents), bounded in size and depth, strict UTF-8, and
confine pictures to the asset folder. Whatever the input, the only exception is `ScenarioError`.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simulator.scenario import Problem, Scenario, ScenarioError, load_scenario, parse_scenario
from simulator.scenario.yaml_source import MAX_BYTES, MAX_DEPTH

DATA = Path(__file__).parent / "data"
MINI = DATA / "mini.yaml"
MINI_ASSETS = DATA / "assets"
MINI_TEXT = MINI.read_text(encoding="utf-8")
MINI_BYTES = MINI.read_bytes()


def edit(text: str, old: str, new: str) -> str:
    """Replace the one occurrence of `old` (failing loudly if the fixture changed)."""
    assert text.count(old) == 1, f"expected exactly one {old!r} in the fixture"
    return text.replace(old, new)


def line_of(text: str, needle: str) -> int:
    """The 1-based line on which `needle` first occurs."""
    return text.count("\n", 0, text.index(needle)) + 1


def refuse(raw: bytes | str, tmp_path: Path, *, assets_dir: Path | None = MINI_ASSETS) -> Problem:
    """Write `raw` to a file, load it, and return its single problem."""
    path = tmp_path / "hostile.yaml"
    if isinstance(raw, str):
        raw = raw.encode("utf-8")
    path.write_bytes(raw)
    with pytest.raises(ScenarioError) as caught:
        load_scenario(path, assets_dir=assets_dir)
    problems = caught.value.problems
    assert len(problems) == 1, str(caught.value)
    assert problems[0].source == str(path)
    assert str(caught.value).startswith(f"{path}:{problems[0].line}:{problems[0].column}: ")
    return problems[0]


# ---- YAML features that are not plain data -----------------------------------------------------------------
def test_duplicate_key_names_both_lines(tmp_path):
    """A key given twice is reported at the second, naming the line of the first."""
    text = edit(MINI_TEXT, "id: mini\n", "id: mini\nid: mini2\n")
    problem = refuse(text, tmp_path)
    assert problem.line == line_of(text, "id: mini2")
    assert problem.message == f"duplicate key 'id' (first given on line {line_of(text, 'id: mini')})"


def test_duplicate_key_deep_inside_is_found(tmp_path):
    """A duplicate key inside an option is caught too (a later value must not silently win)."""
    text = edit(MINI_TEXT, "        move: reflect\n", "        move: reflect\n        move: counter\n")
    problem = refuse(text, tmp_path)
    assert problem.line == line_of(text, "move: counter")
    assert "duplicate key 'move'" in problem.message


def test_anchor_is_refused(tmp_path):
    """`&name` anchors are refused where they stand."""
    text = edit(MINI_TEXT, "title: {nl", "title: &t {nl")
    problem = refuse(text, tmp_path)
    assert problem.line == line_of(text, "&t")
    assert "anchors (&name) and aliases (*name) are not allowed" in problem.message


def test_alias_is_refused(tmp_path):
    """`*name` aliases (the basis of 'billion laughs') are refused."""
    text = edit(
        MINI_TEXT,
        "situation: {nl: Een klant twijfelt over een offerte., en: A customer hesitates over a quote.}",
        "situation: *t",
    )
    problem = refuse(text, tmp_path)
    assert problem.line == line_of(text, "*t")
    assert "aliases" in problem.message


def test_billion_laughs_is_refused_quickly(tmp_path):
    """The classic alias bomb is refused at its first anchor, without expanding anything."""
    bomb = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    for name, prev in zip("bcdefghi", "abcdefgh", strict=True):
        bomb += f"{name}: &{name} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]\n"
    problem = refuse(bomb, tmp_path)
    assert (problem.line, problem.column) == (1, 4)


def test_merge_key_is_refused(tmp_path):
    """`<<:` merge keys are refused at the key."""
    text = edit(
        MINI_TEXT,
        "title: {nl: Mini-gesprek, en: Mini conversation}",
        "title:\n  <<: {nl: Mini-gesprek}\n  en: Mini conversation",
    )
    problem = refuse(text, tmp_path)
    assert problem.line == line_of(text, "<<")
    assert problem.message == "merge keys (<<) are not allowed"


@pytest.mark.parametrize(
    ("value", "tag"),
    [
        ("!!python/object:os.system {}", "tag:yaml.org,2002:python/object:os.system"),
        ("!!python/object/apply:os.system [echo hacked]", "tag:yaml.org,2002:python/object/apply:os.system"),
        ("!!python/name:builtins.eval ''", "tag:yaml.org,2002:python/name:builtins.eval"),
        ("!!str Jansen", "tag:yaml.org,2002:str"),
        ("!custom Jansen", "!custom"),
    ],
)
def test_tags_are_refused(tmp_path, value, tag):
    """Any tag, from `!!python/object` to a harmless `!!str`, is refused and named."""
    text = edit(MINI_TEXT, "company: Jansen BV", f"company: {value}")
    problem = refuse(text, tmp_path)
    assert problem.line == line_of(text, value)
    assert problem.message == f"tags such as '{tag}' are not allowed"


def test_tag_on_a_key_is_refused(tmp_path):
    """A tag hidden on a mapping key is refused too."""
    text = edit(MINI_TEXT, "  company: Jansen BV", "  !!str company: Jansen BV")
    problem = refuse(text, tmp_path)
    assert "tags such as" in problem.message


def test_complex_key_is_refused(tmp_path):
    """A key that is a list is not text."""
    text = edit(MINI_TEXT, "  company: Jansen BV", "  [a]: x\n  company: Jansen BV")
    problem = refuse(text, tmp_path)
    assert problem.line == line_of(text, "[a]")
    assert problem.message == "a key must be plain text, not a list or mapping"


def test_multiple_documents_are_refused(tmp_path):
    """A second document after `---` is refused at its start."""
    text = MINI_TEXT + "---\nid: other\n"
    problem = refuse(text, tmp_path)
    assert problem.line == line_of(text, "---")
    assert "only one YAML document" in problem.message


# ---- bytes, size and shape -----------------------------------------------------------------------------------
def test_non_utf8_bytes_are_reported_at_their_line_and_column(tmp_path):
    """A Latin-1 byte is reported where it stands, with the advice to save as UTF-8."""
    raw = MINI_BYTES.replace(b"company: Jansen BV", b"company: Jans\xe9n BV")
    problem = refuse(raw, tmp_path)
    text = MINI_TEXT
    assert problem.line == line_of(text, "company: Jansen BV")
    assert problem.column == len("  company: Jans") + 1
    assert "not valid UTF-8" in problem.message


def test_utf8_byte_order_mark_is_accepted(tmp_path):
    """A file saved by Notepad with a BOM still loads."""
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + MINI_BYTES)
    assert load_scenario(path, assets_dir=MINI_ASSETS).id == "mini"


def test_utf16_file_is_refused(tmp_path):
    """A file saved as UTF-16 is not read as garbage; it is refused as not UTF-8."""
    problem = refuse(MINI_TEXT.encode("utf-16"), tmp_path)
    assert "not valid UTF-8" in problem.message


def test_control_character_is_reported_at_its_place(tmp_path):
    """A stray control character is reported at its line and column, after non-ASCII text too."""
    text = edit(MINI_TEXT, "withdrawn: {nl: Sam beëindigt", "withdrawn: {nl: Sam beëindigt\x07")
    problem = refuse(text, tmp_path)
    assert problem.line == line_of(text, "\x07")
    assert problem.column == len("  withdrawn: {nl: Sam beëindigt") + 1
    assert "control characters are not allowed" in problem.message
    assert "#x0007" in problem.message


def test_file_over_the_size_cap_is_refused_unread(tmp_path):
    """A file larger than the cap is refused up front with the limit named."""
    raw = MINI_BYTES + b"\n#" + b"x" * (MAX_BYTES + 5000)
    problem = refuse(raw, tmp_path)
    assert f"{MAX_BYTES:,}" in problem.message
    assert "larger than the limit" in problem.message


def test_file_exactly_at_the_size_cap_is_read(tmp_path):
    """The cap is a limit, not an off-by-one: a file of exactly MAX_BYTES is parsed."""
    padding = MAX_BYTES - len(MINI_BYTES) - 2
    path = tmp_path / "big.yaml"
    path.write_bytes(MINI_BYTES + b"\n#" + b"x" * padding)
    assert path.stat().st_size == MAX_BYTES
    assert load_scenario(path, assets_dir=MINI_ASSETS).id == "mini"


def test_nesting_deeper_than_the_cap_is_refused(tmp_path):
    """Deeply nested lists are refused before they reach the validator."""
    depth = MAX_DEPTH + 5
    text = MINI_TEXT + "deep: " + "[" * depth + "]" * depth + "\n"
    problem = refuse(text, tmp_path)
    assert problem.line == line_of(text, "deep:")
    assert problem.message == f"nested deeper than {MAX_DEPTH} levels"


def test_very_deep_nesting_does_not_crash(tmp_path):
    """Thousands of nested brackets are refused as too deeply nested, not with a RecursionError."""
    text = "a: " + "[" * 50_000 + "]" * 50_000 + "\n"
    problem = refuse(text, tmp_path)
    assert problem.line == 1
    assert "nest" in problem.message


@pytest.mark.parametrize("raw", [b"", b"\n\n   \n", b"# only a comment\n"])
def test_empty_file_is_refused(tmp_path, raw):
    """An empty (or comment-only) file says so."""
    problem = refuse(raw, tmp_path)
    assert problem.message == "the file is empty"


@pytest.mark.parametrize(
    ("old", "new", "column"),
    [
        ("company: Jansen BV", "company: Jansen: BV", len("  company: Jansen:")),
        ("  company: Jansen BV", "  \tcompany: Jansen BV", 3),
    ],
)
def test_yaml_syntax_error_is_reported_at_its_line(tmp_path, old, new, column):
    """A YAML syntax error names its line and column and says it is YAML syntax."""
    text = edit(MINI_TEXT, old, new)
    problem = refuse(text, tmp_path)
    assert (problem.line, problem.column) == (line_of(text, new.strip()), column)
    assert problem.message.startswith("YAML syntax: ")


@pytest.mark.parametrize("raw", [b"- a\n- b\n", b"just some text\n", b"42\n"])
def test_top_level_that_is_not_a_mapping_is_refused(tmp_path, raw):
    """A file that is a list or a single value is refused at its start."""
    problem = refuse(raw, tmp_path)
    assert (problem.line, problem.column) == (1, 1)
    assert "a scenario file is a mapping of fields" in problem.message


def test_unreadable_timestamp_is_refused_not_raised(tmp_path):
    """A value YAML takes for an impossible date is refused with the value named."""
    text = edit(MINI_TEXT, "company: Jansen BV", "company: 2024-13-45")
    problem = refuse(text, tmp_path)
    assert "2024-13-45" in problem.message


# ---- asset paths ---------------------------------------------------------------------------------------------
@pytest.fixture
def assets(tmp_path: Path) -> Path:
    """A private copy of the test assets, to plant files and links in."""
    folder = tmp_path / "assets"
    shutil.copytree(MINI_ASSETS, folder)
    return folder


def avatar_problem(tmp_path: Path, assets: Path, avatar: str) -> Problem:
    """The single problem of mini with `avatar` as its picture."""
    text = edit(MINI_TEXT, "avatar: avatars/mini.svg", f"avatar: {avatar!r}")
    problem = refuse(text, tmp_path, assets_dir=assets)
    assert problem.field == "persona.avatar.guarded"
    assert problem.line == line_of(text, "avatar:")
    return problem


@pytest.mark.parametrize(
    ("avatar", "words"),
    [
        ("/etc/passwd.svg", "must be a relative path inside assets/"),
        ("~/secret.svg", "must be a relative path inside assets/"),
        ("C:/Windows/evil.svg", "must be a relative path inside assets/"),
        ("avatars\\mini.svg", "must be a relative path inside assets/"),
        ("../outside.svg", "must not contain '..'"),
        ("avatars/../../outside.svg", "must not contain '..'"),
        ("avatars/missing.svg", "does not exist under assets/"),
        ("avatars/mini.exe", "must be an image"),
    ],
)
def test_bad_asset_paths_are_refused(tmp_path, assets, avatar, words):
    """Pictures must be relative, forward-slashed, inside assets/, images, and present."""
    problem = avatar_problem(tmp_path, assets, avatar)
    assert words in problem.message
    assert repr(avatar) in problem.message or avatar in problem.message


def test_symlink_leading_outside_assets_is_refused(tmp_path, assets):
    """A link inside assets/ that points outside the folder is refused."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.svg").write_text("<svg/>", encoding="utf-8")
    try:
        (assets / "avatars" / "evil.svg").symlink_to(outside / "secret.svg")
    except OSError:
        pytest.skip("this file system cannot make symbolic links")
    problem = avatar_problem(tmp_path, assets, "avatars/evil.svg")
    assert problem.message == "'avatars/evil.svg' leads outside assets/"


def test_symlink_within_assets_is_accepted(tmp_path, assets):
    """A link that stays inside assets/ is fine: only escaping is refused."""
    try:
        (assets / "avatars" / "alias.svg").symlink_to(assets / "avatars" / "mini.svg")
    except OSError:
        pytest.skip("this file system cannot make symbolic links")
    path = tmp_path / "ok.yaml"
    path.write_text(edit(MINI_TEXT, "avatar: avatars/mini.svg", "avatar: avatars/alias.svg"), encoding="utf-8")
    assert load_scenario(path, assets_dir=assets).persona.avatar["open"] == "avatars/alias.svg"


def test_each_expression_avatar_is_checked(tmp_path, assets):
    """With one picture per expression, the broken one is named by its expression."""
    avatars = "avatar: {guarded: avatars/mini.svg, tense: avatars/gone.svg, open: avatars/mini.svg}"
    text = edit(MINI_TEXT, "avatar: avatars/mini.svg", avatars)
    problem = refuse(text, tmp_path, assets_dir=assets)
    assert problem.field == "persona.avatar.tense"
    assert "does not exist" in problem.message


# ---- nothing but ScenarioError -------------------------------------------------------------------------------
def _parses_or_refuses(raw: bytes) -> None:
    try:
        result = parse_scenario(raw, "fuzz.yaml", assets_dir=MINI_ASSETS)
    except ScenarioError as error:
        assert error.problems, "a ScenarioError must carry at least one problem"
        assert all(str(problem).startswith("fuzz.yaml:") for problem in error.problems)
    else:
        assert isinstance(result, Scenario)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=600))
def test_arbitrary_bytes_give_a_scenario_or_a_scenario_error(raw):
    """Random bytes never escape as anything but ScenarioError."""
    _parses_or_refuses(raw)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    position=st.integers(min_value=0, max_value=len(MINI_BYTES)),
    cut=st.integers(min_value=0, max_value=40),
    insert=st.binary(max_size=12) | st.sampled_from([b"&a ", b"*a", b"!!", b"<<: ", b"\n---\n", b"no", b"\t", b"\x00"]),
)
def test_damaged_copies_of_a_valid_file_give_a_scenario_or_a_scenario_error(position, cut, insert):
    """Bytes cut from and spliced into a valid scenario never escape as anything but ScenarioError."""
    _parses_or_refuses(MINI_BYTES[:position] + insert + MINI_BYTES[position + cut :])
