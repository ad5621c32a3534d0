"""content.html_text: one walk over HTML that changes text runs and start tags and copies the rest."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from hypothesis import given
from hypothesis import strategies as st

from content.html_text import StartTag, quote_attribute, rewrite


def _q(run: str) -> str:
    """A transform that shows where it ran: lower-case ASCII letters become "q"."""
    return re.sub("[a-z]", "q", run)


# -- examples ---------------------------------------------------------------------------------


def test_text_runs_are_cut_at_character_references_which_stay_as_written() -> None:
    runs: list[str] = []
    out = rewrite("<p>plata &amp; stan&#8212;da &eacute;&#x27;x</p>", text=lambda r: runs.append(r) or r.upper())
    assert out == "<p>PLATA &amp; STAN&#8212;DA &eacute;&#x27;X</p>"
    assert runs == ["plata ", " stan", "da ", "x"]


def test_skipped_elements_keep_their_text_and_nesting_is_followed() -> None:
    html = '<p>ab <code>cd <b>ef</b></code> gh <span lang="en">ij<br>kl</span> mn</p>'
    out = rewrite(html, text=_q, skip=lambda tag: tag.name == "code" or tag.get("lang") == "en")
    assert out == '<p>qq <code>cd <b>ef</b></code> qq <span lang="en">ij<br>kl</span> qq</p>'


def test_an_end_tag_closes_what_it_opened_and_a_stray_one_is_copied() -> None:
    html = "<div><code><i>ab</code>cd</i></span>ef</div>gh"
    assert (
        rewrite(html, text=_q, skip=lambda tag: tag.name == "code") == "<div><code><i>ab</code>qq</i></span>qq</div>qq"
    )


def test_comments_doctype_script_and_style_are_copied() -> None:
    html = (
        "<!DOCTYPE html><!-- a <b>c</b> --><?pi x?><script>if (a<b) {x = '</p>'}</script>"
        "<style>p > a { color: red }</style><p>ab</p><!--><!--->"
    )
    assert rewrite(html, text=_q) == html.replace("<p>ab</p>", "<p>qq</p>")


def test_a_lone_less_than_and_unterminated_markup_are_text() -> None:
    assert rewrite("a < b <3 c", text=_q) == "q < q <3 q"
    assert rewrite('ab <a href="x', text=_q) == 'qq <q qqqq="q'


def test_attribute_values_may_hold_markup_characters() -> None:
    html = "<a title=\"x > y\" href='kb:a'>ab</a>"
    assert rewrite(html, text=_q, skip=lambda tag: False) == "<a title=\"x > y\" href='kb:a'>qq</a>"


def test_start_tag_sees_decoded_attributes_and_whether_it_is_skipped() -> None:
    seen: list[tuple[str, str | None, bool]] = []

    def look(tag: StartTag, skipped: bool) -> str:
        seen.append((tag.name, tag.get("title"), skipped))
        return tag.raw

    rewrite(
        '<DIV Title="a &amp; b"><code><i title=x>y</i></code><br/></DIV>',
        start_tag=look,
        skip=lambda t: t.name == "code",
    )
    assert seen == [("div", "a & b", False), ("code", None, True), ("i", "x", True), ("br", None, False)]


def test_with_attribute_replaces_a_value_in_place_or_adds_one() -> None:
    def titled(tag: StartTag, skipped: bool) -> str:
        return tag.with_attribute("title", quote_attribute('"T" & co'))

    assert rewrite("<a href=x title='old' id=y>", start_tag=titled) == '<a href=x title="&quot;T&quot; &amp; co" id=y>'
    assert rewrite("<a title>", start_tag=titled) == '<a title="&quot;T&quot; &amp; co">'
    assert rewrite('<a href="x" >', start_tag=titled) == '<a href="x"  title="&quot;T&quot; &amp; co">'
    assert rewrite("<br />", start_tag=titled) == '<br title="&quot;T&quot; &amp; co" />'
    assert rewrite("<a href=x/>", start_tag=titled) == '<a href=x/ title="&quot;T&quot; &amp; co">'  # x/ is the value


# -- properties -------------------------------------------------------------------------------

_PIECES = st.sampled_from(
    [
        "<", ">", "/", "!", "-", "&", "#", ";", "=", '"', "'", " ", "\n", "a", "b", "š", "x1",
        "<p>", "</p>", "<a ", "</", "<!--", "-->", "<!", "<?", "&amp;", "&#160;", "&#x27;", "&nbsp",
        "<br/>", "<code>", "</code>", "<script>", "</script>", "<style>", "title=", "class=",
    ]
)  # fmt: skip


@given(st.lists(_PIECES | st.text(max_size=3), max_size=40).map("".join))
def test_the_identity_transform_reproduces_any_input(html: str) -> None:
    assert rewrite(html) == html
    assert rewrite(html, text=lambda run: run, skip=lambda tag: tag.name == "p", start_tag=lambda t, _s: t.raw) == html


# A generated fragment: text with references, elements with attributes quoted every way, comments.
_NAMES = st.sampled_from(["p", "span", "code", "a", "b", "pre", "div"])
_REFS = st.sampled_from(["&amp;", "&lt;", "&gt;", "&quot;", "&#160;", "&#x27;", "&eacute;", "&nbsp;"])
_TEXT = st.lists(st.text(alphabet="abcxyz ŠđžQ.,\n", min_size=1, max_size=6) | _REFS, max_size=4).map("".join)
_VALUE = st.text(alphabet="ab <>/=&'\"-", max_size=6)


@st.composite
def _attribute(draw: st.DrawFn) -> str:
    name = draw(st.sampled_from(["title", "href", "class", "data-x", "lang", "TITLE"]))
    value = draw(_VALUE)
    style = draw(st.sampled_from(["double", "single", "bare"]))
    if style == "bare":
        return name
    if style == "single" and "'" not in value:
        return f"{name}='{value.replace('&', '&amp;')}'"
    return f'{name}="{quote_attribute(value)}"'


def _fragment(depth: int) -> st.SearchStrategy[str]:
    leaves = _TEXT | st.just("<br>") | st.just("<img src='a.png' alt=x/>") | _TEXT.map(lambda t: f"<!--{t}-->")
    if depth == 0:
        return leaves

    @st.composite
    def element(draw: st.DrawFn) -> str:
        name = draw(_NAMES)
        attrs = "".join(" " + a for a in draw(st.lists(_attribute(), max_size=3)))
        inner = "".join(draw(st.lists(_fragment(depth - 1), max_size=3)))
        return f"<{name}{attrs}>{inner}</{name}>"

    return leaves | element()


class _Events(HTMLParser):
    """Python's own parser as the referee: tags, attributes and text (references decoded), and
    whether each is inside a <code> (the skipped element of the property below)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.events: list[tuple[str, object]] = []
        self.open: list[bool] = []  # per open element: is its text skipped

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        skipped = (bool(self.open) and self.open[-1]) or tag == "code"
        self.events.append(("start", (tag, attrs, skipped)))
        if tag not in ("br", "img"):
            self.open.append(skipped)

    def handle_endtag(self, tag: str) -> None:
        self.events.append(("end", tag))
        if self.open:
            self.open.pop()

    def handle_data(self, data: str) -> None:
        self.events.append(("skipped" if self.open and self.open[-1] else "text", data))

    def handle_comment(self, data: str) -> None:
        self.events.append(("comment", data))


def _events(html: str) -> list[tuple[str, object]]:
    parser = _Events()
    parser.feed(html)
    parser.close()
    return parser.events


def _retitle(tag: StartTag, skipped: bool) -> str:
    title = tag.get("title")
    return tag.raw if skipped or title is None else tag.with_attribute("title", quote_attribute(title.upper()))


@given(st.lists(_fragment(3), max_size=4).map("".join))
def test_a_transform_changes_only_text_outside_skipped_elements_and_the_attribute_it_sets(html: str) -> None:
    out = rewrite(html, text=_q, skip=lambda tag: tag.name == "code", start_tag=_retitle)
    before, after = _events(html), _events(out)
    assert [kind for kind, _ in after] == [kind for kind, _ in before]
    for (kind, old), (_, new) in zip(before, after, strict=True):
        if kind == "start":
            old_name, old_attrs, skipped = old  # type: ignore[misc]
            new_name, new_attrs, _ = new  # type: ignore[misc]
            assert new_name == old_name
            assert [n for n, _ in new_attrs] == [n for n, _ in old_attrs]  # names and order never change
            first_title = next((i for i, (n, _) in enumerate(old_attrs) if n == "title"), None)
            for i, ((_, old_value), (_, new_value)) in enumerate(zip(old_attrs, new_attrs, strict=True)):
                retitled = i == first_title and not skipped
                expected = (old_value or "").upper() if retitled else old_value
                assert new_value == expected
        elif kind == "text":
            assert new == _q(old)  # type: ignore[arg-type]
        else:
            assert new == old  # text inside <code>, end tags and comments are untouched
