"""Reads a scenario file into plain Python data, remembering where every value stood.

Only the C safe loader of PyYAML is used, at the event level, so that this module decides what is allowed:
one document, no anchors or aliases, no tags, no duplicate keys, text keys only, bounded size and depth,
strict UTF-8. Every rejection names the line and column.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml import CSafeLoader  # the C loader only: an ImportError here means libyaml is missing
from yaml.constructor import SafeConstructor
from yaml.resolver import Resolver

from .errors import FieldPath, Problem, ScenarioError

MAX_BYTES = 1024 * 1024
MAX_DEPTH = 20

_resolver = Resolver()
_constructor = SafeConstructor()


@dataclass
class Located:
    """Parsed data with the 1-based (line, column) of each value and of each mapping key, by field path."""

    data: Any
    source: str
    values: dict[FieldPath, tuple[int, int]] = field(default_factory=dict)
    keys: dict[FieldPath, tuple[int, int]] = field(default_factory=dict)

    def where(self, path: FieldPath, *, prefer_key: bool = False) -> tuple[int, int]:
        """The position of `path`, or of its nearest ancestor that has one."""
        for end in range(len(path), -1, -1):
            prefix = path[:end]
            if prefer_key and prefix in self.keys:
                return self.keys[prefix]
            if prefix in self.values:
                return self.values[prefix]
        return (1, 1)


class _Reject(Exception):
    def __init__(self, mark: Any, message: str) -> None:
        super().__init__(message)
        self.mark = mark
        self.message = message


def _pos(mark: Any) -> tuple[int, int]:
    return (mark.line + 1, mark.column + 1)


def decode(raw: bytes, source: str) -> str:
    """Strict UTF-8 (a byte-order mark is allowed); a bad byte is reported at its line and column."""
    if len(raw) > MAX_BYTES:
        raise ScenarioError([Problem(source, 1, 1, "", f"the file is larger than the limit of {MAX_BYTES:,} bytes")])
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        before = raw[: error.start]
        line = before.count(b"\n") + 1
        column = error.start - (before.rfind(b"\n") + 1) + 1
        raise ScenarioError(
            [Problem(source, line, column, "", "the file is not valid UTF-8 text (save it as UTF-8)")]
        ) from None


def read_yaml(raw: bytes, source: str) -> Located:
    """Parse `raw` (the bytes of a YAML file) into a `Located`; raise `ScenarioError` for anything not allowed."""
    text = decode(raw, source)
    located = Located(data=None, source=source)
    try:
        events = yaml.parse(text, Loader=CSafeLoader)
        first = next(events)  # StreamStart
        assert isinstance(first, yaml.StreamStartEvent)
        event = next(events)
        if isinstance(event, yaml.StreamEndEvent):
            raise _Reject(event.start_mark, "the file is empty")
        assert isinstance(event, yaml.DocumentStartEvent)
        located.data = _build(events, next(events), (), located, 1)
        end = next(events)
        assert isinstance(end, yaml.DocumentEndEvent)
        after = next(events)
        if not isinstance(after, yaml.StreamEndEvent):
            raise _Reject(after.start_mark, "only one YAML document is allowed per file (remove the '---')")
    except _Reject as reject:
        line, column = _pos(reject.mark)
        raise ScenarioError([Problem(source, line, column, "", reject.message)]) from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = _pos(mark) if mark is not None else (1, 1)
        message = error.problem or error.context or "invalid YAML"
        raise ScenarioError([Problem(source, line, column, "", f"YAML syntax: {message}")]) from None
    except yaml.reader.ReaderError as error:  # e.g. control characters; unmarked, but with a byte position
        line, column = _position_of_byte(text, error.position)
        raise ScenarioError(
            [Problem(source, line, column, "", f"YAML: character #x{error.character:04x}: {error.reason}")]
        ) from None
    except yaml.YAMLError as error:  # any other unmarked error
        raise ScenarioError([Problem(source, 1, 1, "", f"YAML: {error}")]) from None
    return located


def _position_of_byte(text: str, position: int) -> tuple[int, int]:
    """The 1-based (line, column) of the character at `position` in the UTF-8 encoding of `text`."""
    before = text.encode("utf-8")[:position].decode("utf-8", errors="replace")
    return (before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1)


def _check_plain(event: Any) -> None:
    if getattr(event, "anchor", None) is not None:
        raise _Reject(event.start_mark, "anchors (&name) and aliases (*name) are not allowed; write it out")
    if getattr(event, "tag", None) is not None:
        raise _Reject(event.start_mark, f"tags such as '{event.tag}' are not allowed")


def _build(events: Iterator[Any], event: Any, path: FieldPath, located: Located, depth: int) -> Any:
    if depth > MAX_DEPTH:
        raise _Reject(event.start_mark, f"nested deeper than {MAX_DEPTH} levels")
    if isinstance(event, yaml.AliasEvent):
        raise _Reject(event.start_mark, "anchors (&name) and aliases (*name) are not allowed; write it out")
    _check_plain(event)
    located.values[path] = _pos(event.start_mark)
    if isinstance(event, yaml.ScalarEvent):
        return _scalar(event)
    if isinstance(event, yaml.SequenceStartEvent):
        items: list[Any] = []
        while not isinstance(item := next(events), yaml.SequenceEndEvent):
            items.append(_build(events, item, (*path, len(items)), located, depth + 1))
        return items
    if isinstance(event, yaml.MappingStartEvent):
        mapping: dict[str, Any] = {}
        while not isinstance(key_event := next(events), yaml.MappingEndEvent):
            if isinstance(key_event, yaml.AliasEvent):
                raise _Reject(key_event.start_mark, "anchors and aliases are not allowed")
            _check_plain(key_event)
            if not isinstance(key_event, yaml.ScalarEvent):
                raise _Reject(key_event.start_mark, "a key must be plain text, not a list or mapping")
            if key_event.value == "<<" and key_event.implicit[0]:
                raise _Reject(key_event.start_mark, "merge keys (<<) are not allowed")
            key = _scalar(key_event)
            if not isinstance(key, str):
                raise _Reject(
                    key_event.start_mark,
                    f"the key {key_event.value!r} is read as {type(key).__name__}, not text; put it in quotes",
                )
            if key in mapping:
                first_line = located.keys[(*path, key)][0]
                raise _Reject(key_event.start_mark, f"duplicate key '{key}' (first given on line {first_line})")
            located.keys[(*path, key)] = _pos(key_event.start_mark)
            mapping[key] = _build(events, next(events), (*path, key), located, depth + 1)
        return mapping
    raise _Reject(event.start_mark, f"unexpected YAML element {type(event).__name__}")


_STR_TAG = "tag:yaml.org,2002:str"


def _scalar(event: Any) -> Any:
    if event.style:  # quoted or block text is always a string; most scenario text is, so skip the resolver
        return event.value
    tag = _resolver.resolve(yaml.ScalarNode, event.value, event.implicit)  # type: ignore[no-untyped-call]
    if tag == _STR_TAG:
        return event.value
    node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
    try:
        return _constructor.construct_object(node, deep=True)
    except (yaml.YAMLError, ValueError, OverflowError) as error:
        raise _Reject(event.start_mark, f"cannot read the value {event.value!r}: {error}") from None
