"""Two columns of text side by side that run on over a page, as a newspaper's do.

A table row cannot be split across pages when its cells hold lists, so a long block in two
columns ("When the moment has passed") used to move whole to the next page and leave most of a
page empty. :class:`Columns` fills both columns down to the foot of the page and carries the
rest of each over; a column's heading is never left alone at its foot. :class:`Flowing` sets
one run of text (the family's rules) in two balanced columns, read left then right, that go on
in two columns on the next page.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportlab.platypus import Flowable, Paragraph

_TALL = 0xFFFFFF
_HEADING = re.compile(r"(?:^|-)h[12](?:-|$)")


class Columns(Flowable):
    """``left`` and ``right`` (lists of flowables) side by side, ``gap`` points apart; with
    ``rtl`` the first column is drawn on the right (an Arabic document reads from the right)."""

    def __init__(
        self, left: Sequence[Flowable], right: Sequence[Flowable], gap: float, rtl: bool = False
    ) -> None:
        super().__init__()
        self.columns = (list(left), list(right))
        self._gap = gap
        self._rtl = rtl
        self._column_width = 0.0

    def _width_for(self, available: float) -> float:
        return max((available - self._gap) / 2, 1.0)

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab's signature
        self._column_width = self._width_for(availWidth)
        self.width = availWidth
        self.height = max(_height(column, self._column_width) for column in self.columns)
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803 - reportlab's signature
        width = self._width_for(availWidth)
        filled = [_fill(column, width, availHeight) for column in self.columns]
        here = [taken for taken, _rest in filled]
        later = [rest for _taken, rest in filled]
        if not any(here) or not any(later):
            return []  # nothing fits here (the frame moves it on), or all of it does
        return [
            Columns(here[0], here[1], self._gap, self._rtl),
            Columns(later[0], later[1], self._gap, self._rtl),
        ]

    def draw(self) -> None:
        width = self._column_width
        for index, column in enumerate(self.columns):
            x = 0.0 if (index == 0) != self._rtl else width + self._gap
            y = self.height
            for i, flowable in enumerate(column):
                if i:
                    y -= flowable.getSpaceBefore()
                y -= flowable.wrap(width, _TALL)[1]
                flowable.drawOn(self.canv, x, y)
                y -= flowable.getSpaceAfter()


def _height(column: list[Flowable], width: float) -> float:
    """The height of ``column``, reckoned as :func:`_fill` does (no space after the last)."""
    total = 0.0
    for i, flowable in enumerate(column):
        before = flowable.getSpaceBefore() if i else 0.0
        after = flowable.getSpaceAfter() if i < len(column) - 1 else 0.0
        total += before + flowable.wrap(width, _TALL)[1] + after
    return total


def _fill(
    column: list[Flowable], width: float, height: float
) -> tuple[list[Flowable], list[Flowable]]:
    """What of ``column`` fits in ``height`` points, and what is left for the next page."""
    taken: list[Flowable] = []
    used = 0.0
    rest: list[Flowable] = []
    for i, flowable in enumerate(column):
        before = flowable.getSpaceBefore() if taken else 0.0
        needed = before + flowable.wrap(width, _TALL)[1]
        if used + needed <= height:
            taken.append(flowable)
            used += needed + flowable.getSpaceAfter()
            continue
        room = height - used - before
        parts = flowable.split(width, room) if room > 0 else []
        if len(parts) >= 2:
            taken.append(parts[0])
            rest = [*parts[1:], *column[i + 1 :]]
        else:
            rest = column[i:]
        break
    while taken and rest and _is_heading(taken[-1]):
        rest.insert(0, taken.pop())  # a heading goes on with the text it heads
    return taken, rest


def _is_heading(flowable: Flowable) -> bool:
    """A heading paragraph (the styles are named "FamilySafe-h2", "FamilySafe-h2-loose", ...)."""
    name = getattr(getattr(flowable, "style", None), "name", "")
    return isinstance(flowable, Paragraph) and bool(_HEADING.search(name))


class Flowing(Flowable):
    """``content`` (flowables in reading order) in two balanced columns that run on over
    pages: the left column is read first, then the right; when the page ends, the rest
    starts again in two columns on the next page. For lists of short lines (the family's
    rules), which then take about half the height."""

    def __init__(self, content: Sequence[Flowable], gap: float, rtl: bool = False) -> None:
        super().__init__()
        self._content = list(content)
        self._gap = gap
        self._rtl = rtl
        self._laid: Columns | None = None

    def _balanced(self, width: float) -> Columns:
        """The two columns of about the same height that hold all of the content."""
        column = max((width - self._gap) / 2, 1.0)
        low, high = 0.0, _height(self._content, column)
        best: tuple[list[Flowable], list[Flowable]] = (self._content, [])
        for _ in range(12):  # to within a point or so on a page of text
            middle = (low + high) / 2
            left, rest = _fill(self._content, column, middle)
            right, over = _fill(rest, column, middle)
            if over or not left:
                low = middle
            else:
                high, best = middle, (left, right)
        return Columns(best[0], best[1], self._gap, self._rtl)

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab's signature
        self._laid = self._balanced(availWidth)
        self.width, self.height = self._laid.wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803 - reportlab's signature
        column = max((availWidth - self._gap) / 2, 1.0)
        left, rest = _fill(self._content, column, availHeight)
        right, over = _fill(rest, column, availHeight)
        if not left or not over:
            return []  # nothing fits here, or all of it does (then it is not split)
        return [Columns(left, right, self._gap, self._rtl), Flowing(over, self._gap, self._rtl)]

    def draw(self) -> None:
        assert self._laid is not None
        self._laid.drawOn(self.canv, 0, 0)
