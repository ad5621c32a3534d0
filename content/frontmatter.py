"""Split a Markdown file into YAML front matter and body, keeping line numbers."""

from __future__ import annotations

from dataclasses import dataclass

from content.yaml_lines import LineDict, YamlError, load_yaml


@dataclass(frozen=True)
class FrontMatterDocument:
    meta: LineDict
    body: str
    body_line: int  # 1-based line of the first body line in the file


class FrontMatterError(Exception):
    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


def split_front_matter(text: str) -> FrontMatterDocument:
    """Parse `---` fenced YAML at the top of `text`.

    Raises FrontMatterError (with a line) when the fence or the YAML is broken."""
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        raise FrontMatterError("missing front matter: the file must start with a '---' line", 1)
    for index in range(1, len(lines)):
        if lines[index].strip() in ("---", "..."):
            end = index
            break
    else:
        raise FrontMatterError("front matter is not closed: no second '---' line", 1)
    yaml_text = "\n".join(lines[1:end])
    try:
        meta = load_yaml(yaml_text, line_offset=1)
    except YamlError as exc:
        raise FrontMatterError(exc.message, exc.line) from None
    if meta is None:
        meta = LineDict()
        meta.line, meta.lines, meta.duplicates = 1, {}, []
    if not isinstance(meta, LineDict):
        raise FrontMatterError("front matter must be a YAML mapping of fields", 2)
    body = "\n".join(lines[end + 1 :])
    return FrontMatterDocument(meta=meta, body=body, body_line=end + 2)
