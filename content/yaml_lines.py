"""YAML loading that remembers the line of every mapping key, so problems can name file:line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

# Where a reader of a YAML file reports a problem: (1-based line, message).
LineReport = Callable[[int, str], None]


class LineDict(dict[str, Any]):
    """A mapping from YAML that knows its own line and the line of each key (1-based)."""

    line: int
    lines: dict[str, int]
    duplicates: list[tuple[str, int]]

    def line_of(self, key: str) -> int:
        return self.lines.get(key, self.line)


class YamlError(Exception):
    """Malformed YAML, with the 1-based line where the parser gave up."""

    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


# libyaml's C parser is about 10x faster than the pure-Python one (it dominates start-up).
_BaseLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    line_offset = 0


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> LineDict:
    loader.flatten_mapping(node)
    mapping = LineDict()
    mapping.line = node.start_mark.line + 1 + loader.line_offset
    mapping.lines = {}
    mapping.duplicates = []
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        value = loader.construct_object(value_node, deep=True)
        key_line = key_node.start_mark.line + 1 + loader.line_offset
        if not isinstance(key, str):
            key = str(key)
        if key in mapping:
            mapping.duplicates.append((key, key_line))
        mapping[key] = value
        mapping.lines[key] = key_line
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _construct_timestamp(loader: _LineLoader, node: yaml.ScalarNode) -> Any:
    """A date YAML recognises by its shape but that does not exist (2026-13-01, 2026-02-30) stays
    text, so the field that wanted a date can say so with its line instead of the loader failing."""
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
    except ValueError:
        return loader.construct_scalar(node)


_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)


def load_yaml(text: str, line_offset: int = 0) -> Any:
    """Parse YAML; mappings come back as LineDict. `line_offset` shifts reported lines
    (used for front matter, which starts on line 2 of its file)."""
    try:
        loader = _LineLoader(text)
    except yaml.YAMLError as exc:  # e.g. a control character the reader refuses
        raise YamlError(f"malformed YAML: {getattr(exc, 'reason', exc)}", 1 + line_offset) from None
    loader.line_offset = line_offset
    try:
        return loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = (mark.line + 1 if mark else 1) + line_offset
        problem = exc.problem or str(exc)
        context = exc.context_mark
        if exc.context and context is not None and context.line + 1 + line_offset != line:
            problem += f" ({exc.context} started on line {context.line + 1 + line_offset})"
        raise YamlError(f"malformed YAML: {problem}", line) from None
    except yaml.YAMLError as exc:
        raise YamlError(f"malformed YAML: {exc}", 1 + line_offset) from None
    finally:
        loader.dispose()


def read_yaml_file(path: Path, report: LineReport) -> Any:
    """The data of a YAML file, or None when it cannot be read; reports bad UTF-8, malformed YAML
    and every duplicate key (at any depth), each with its line."""
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        report(1, f"not valid UTF-8 text ({exc.reason})")
        return None
    except YamlError as exc:
        report(exc.line, exc.message)
        return None
    report_duplicate_keys(data, report)
    return data


def report_duplicate_keys(data: Any, report: LineReport) -> None:
    if isinstance(data, LineDict):
        for key, line in data.duplicates:
            report(line, f"duplicate key '{key}'")
        for value in data.values():
            report_duplicate_keys(value, report)
    elif isinstance(data, list):
        for value in data:
            report_duplicate_keys(value, report)


def field_text(entry: LineDict, key: str) -> str:
    """A field as stripped text ("" when absent)."""
    value = entry.get(key)
    return "" if value is None else str(value).strip()


def str_tuple(value: Any) -> tuple[str, ...]:
    """A scalar or a list of scalars as a tuple of non-empty stripped strings."""
    if value is None:
        return ()
    if isinstance(value, (list, tuple)):
        return tuple(str(v).strip() for v in value if v is not None and str(v).strip())
    return (str(value).strip(),)
