"""A small XML tree parser that refuses DTDs, so entity expansion can never happen.

The standard library's expat is driven directly: any ``<!DOCTYPE`` (where entities are
declared) stops the parse at once, which defeats "billion laughs" and external-entity attacks
without a new dependency (defusedxml does the same with the same hooks). KML never needs a DTD.
The tree is built with an explicit stack, so deep nesting cannot overflow Python's stack.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from xml.parsers import expat

if TYPE_CHECKING:
    from collections.abc import Iterator

MAX_DEPTH = 256


class UnsafeXML(ValueError):
    """The document declares a DTD or entities, or nests absurdly deep."""


class BadXML(ValueError):
    """Not well-formed XML."""


@dataclass
class Element:
    tag: str  # local name, namespace dropped: KML 2.0, 2.1 and 2.2 read alike
    attrib: dict[str, str]
    children: list[Element] = field(default_factory=list)
    text_parts: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(self.text_parts)

    def find(self, tag: str) -> Element | None:
        return next((c for c in self.children if c.tag == tag), None)

    def findall(self, tag: str) -> list[Element]:
        return [c for c in self.children if c.tag == tag]

    def child_text(self, tag: str) -> str:
        child = self.find(tag)
        return child.text.strip() if child is not None else ""

    def iter(self, tag: str) -> Iterator[Element]:
        """Descendants named ``tag``, document order, without recursion."""
        stack = [self]
        while stack:
            node = stack.pop()
            if node.tag == tag:
                yield node
            stack.extend(reversed(node.children))


def _local(name: str) -> str:
    return name.rsplit(" ", 1)[-1].rsplit(":", 1)[-1]


def parse(data: bytes) -> Element:
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    root: list[Element] = []
    stack: list[Element] = []

    def forbid_dtd(*_args) -> None:
        raise UnsafeXML(
            "the file declares a DTD (<!DOCTYPE>); refused: it could expand entities without limit"
        )

    def forbid_entity(*_args) -> None:
        raise UnsafeXML("the file declares XML entities; refused")

    def start(name: str, attrs: dict[str, str]) -> None:
        if len(stack) >= MAX_DEPTH:
            raise UnsafeXML(f"elements nested more than {MAX_DEPTH} deep")
        element = Element(_local(name), {_local(k): v for k, v in attrs.items()})
        if stack:
            stack[-1].children.append(element)
        else:
            root.append(element)
        stack.append(element)

    def end(_name: str) -> None:
        stack.pop()

    def chars(text: str) -> None:
        if stack:
            stack[-1].text_parts.append(text)

    parser.StartDoctypeDeclHandler = forbid_dtd
    parser.EntityDeclHandler = forbid_entity
    parser.UnparsedEntityDeclHandler = forbid_entity
    parser.ExternalEntityRefHandler = forbid_entity
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = chars
    parser.buffer_text = True
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        raise BadXML(
            f"not well-formed XML at line {exc.lineno}: {expat.ErrorString(exc.code)}"
        ) from None
    if not root:
        raise BadXML("no XML element")
    return root[0]
