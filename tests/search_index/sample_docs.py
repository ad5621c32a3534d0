"""Search documents for the tests' own small indexes (a guidance page in English unless told)."""

from __future__ import annotations

from search_index.documents import SearchDocument


def doc(
    doc_id: str, title: str, body: str, *, lang: str = "en", kind: str = "guidance", **extra: str
) -> SearchDocument:
    return SearchDocument(
        key=f"{kind}:{doc_id}:{lang}",
        id=doc_id,
        kind=kind,
        lang=lang,
        href=f"kb:{doc_id}",
        title=title,
        body=body,
        keywords=extra.get("keywords", ""),
        jurisdiction=extra.get("jurisdiction", ""),
        topic=extra.get("topic", ""),
    )
