"""The carer handout from plain data: each child, what to do, whom to call, on one or two
pages for a typical family."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from pypdf import PdfReader

from familysafe.content.loader import library
from familysafe.core.bands import Band
from familysafe.export.documents.carer import write_carer
from familysafe.export.documents.data import (
    AppSettings,
    CarerChild,
    CarerHandout,
    Letterhead,
    RuleGroup,
)

ALL = frozenset({"apps", "rules", "settings", "what-to-do", "helplines", "contact"})
GB = library().countries["GB"]
GUIDE = library().guides["child-tells-you"]
RULES = (
    "We put screens away when we eat together.",
    "Tablets stay downstairs after 19:00.",
    "I ask before I take a photo of someone.",
    "I tell a grown-up when someone new talks to me.",
    "If something makes me sad or scared, I tell a grown-up.",
    "I ask a grown-up before I get a new game.",
)
CHILDREN = (
    CarerChild(
        "Arun",
        Band.AGE_8_10,
        ("Minecraft", "Nintendo Switch", "Roblox", "YouTube"),
        (
            AppSettings(
                "Roblox",
                ("Set who can chat with your child",),
                recheck=("Set a spending limit",),
            ),
            AppSettings("Minecraft", ("Decide whether they can join multiplayer games",)),
        ),
    ),
    CarerChild(
        "مريم",
        Band.UNDER_5,
        ("YouTube Kids", "Netflix", "iPhone and iPad (Screen Time)", "Amazon Kids"),
        (AppSettings("YouTube Kids", ("Turn off search",)),),
    ),
)


def handout(
    sections=ALL, large_print=False, contact="Priya: 07700 900123", paper="a4"
) -> CarerHandout:
    return CarerHandout(
        head=Letterhead(
            "The Sharma family", date(2026, 11, 23), large_print=large_print, paper=paper
        ),
        children=CHILDREN,
        sections=sections,
        country=GB.name,
        emergency=GB.emergency,
        routes=tuple(GB.routes_for(GUIDE.concerns)),
        guide=GUIDE,
        contact=contact,
        rules=(
            RuleGroup((), RULES),
            RuleGroup(("Arun",), ("I play online games in the kitchen.",)),
        ),
        first_routes=tuple(GB.first_routes(GUIDE.concerns)),
    )


def pdf_text(path) -> str:
    """The text of every page, lines joined by spaces (headings may wrap)."""
    return " ".join(page_texts(path))


def page_texts(path) -> list[str]:
    return [
        " ".join(unicodedata.normalize("NFKC", p.extract_text()).split())
        for p in PdfReader(path).pages
    ]


def page_of(pages: list[str], text: str) -> int:
    return next(i for i, page in enumerate(pages, 1) if text in page)


@pytest.fixture(scope="module")
def typical(tmp_path_factory):
    path = tmp_path_factory.mktemp("carer") / "carer.pdf"
    return path, write_carer(path, handout())


def test_a_typical_family_fits_on_two_pages(typical):
    path, pages = typical
    assert pages == len(PdfReader(path).pages) <= 2


def test_each_child_by_first_name_and_age_band(typical):
    text = pdf_text(typical[0])
    assert "Arun · Ages 8 to 10" in text
    assert "مريم" in text and "Under 5" in text
    assert "Nintendo Switch" in text and "YouTube Kids" in text
    assert "Tablets stay downstairs after 19:00." in text
    assert "Set who can chat with your child" in text and "Turn off search" in text


def test_emergency_contact_and_first_steps_on_the_first_page_then_the_children(typical):
    pages = page_texts(typical[0])
    first = pages[0]
    assert "In an emergency, call 999." in first
    assert "Childline" in first and "0800 1111" in first  # the route that matters most
    assert "How to reach us" in first and "Priya: 07700 900123" in first
    assert "What to do" in first and "Please do not" in first
    assert first.index("In an emergency") < first.index("What to do")
    assert page_of(pages, "Arun · Ages 8 to 10") >= 1
    assert first.index("What to do") < " ".join(pages).index("Arun · Ages 8 to 10")


def test_shared_rules_are_printed_once_and_the_differences_per_child(typical):
    text = pdf_text(typical[0])
    assert text.count("We put screens away when we eat together.") == 1
    assert "For every child" in text and "Also for Arun" in text
    assert text.count("I play online games in the kitchen.") == 1


def test_a_setting_due_a_recheck_is_in_place_and_says_so(typical):
    text = pdf_text(typical[0])
    assert "Set a spending limit (re-check due)" in text
    assert "None marked as done" not in text


def test_no_contact_gives_lines_to_write_on(tmp_path):
    path = tmp_path / "blank.pdf"
    write_carer(path, handout(contact=None))
    first = page_texts(path)[0]
    assert "How to reach us" in first and "____________" in first


def test_us_letter_keeps_the_header_and_footer_on_the_page(tmp_path):
    path = tmp_path / "letter.pdf"
    pages = write_carer(path, handout(paper="letter"))
    reader = PdfReader(path)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    assert pages <= 2
    for number, page in enumerate(page_texts(path), 1):
        assert "The Sharma family" in page and f"Page {number} of {pages}" in page


def test_what_to_do_and_whom_to_call(typical):
    text = pdf_text(typical[0])
    assert GUIDE.title in text
    for heading in ("What to do", "Please do not", "Keep what happened", "Who to tell"):
        assert heading in text
    assert "Do not promise to keep it a secret." in text
    assert "Emergency: 999" in text and "In an emergency, call 999." in text
    assert "Keep what happened" in text and "Who to tell" in text
    assert "Childline" in text and "0800 1111" in text and "childline.org.uk" in text
    assert "Priya: 07700 900123" in text


def test_sections_left_out_are_not_printed(tmp_path):
    path = tmp_path / "short.pdf"
    write_carer(path, handout(sections=frozenset({"apps"}), contact=None))
    text = pdf_text(path)
    assert "Minecraft" in text
    for absent in ("Tablets stay downstairs", "Turn off search", "Childline", GUIDE.title,
                   "How to reach us"):  # fmt: skip
        assert absent not in text


def test_large_print_takes_more_pages(typical, tmp_path):
    path = tmp_path / "large.pdf"
    assert write_carer(path, handout(large_print=True)) > typical[1]


# Issue 19: devices, a backup contact, where the parents are, the address, the carer's home,
# warning signs and the family's limits -------------------------------------------------------

ISSUE_19 = ALL | {"limits", "warning-signs", "carer-home"}


def with_extras(children=CHILDREN, **changes) -> CarerHandout:
    from dataclasses import replace
    from datetime import time

    arun, *rest = children
    arun = replace(
        arun,
        devices=("iPad", "Nintendo Switch"),
        bedtime=time(20, 0),
        screen_free="kitchen table, meals",
        play_time="1 hour on school days",
    )
    return replace(handout(sections=ISSUE_19), children=(arun, *rest), **changes)


@pytest.fixture(scope="module")
def complete(tmp_path_factory):
    path = tmp_path_factory.mktemp("carer") / "complete.pdf"
    return path, write_carer(path, with_extras())


def test_the_complete_handout_of_a_typical_family_stays_on_two_pages(complete):
    path, pages = complete
    assert pages == len(PdfReader(path).pages) == 2


def test_the_contact_rows_are_on_the_first_page_with_lines_to_fill_in(complete):
    first = page_texts(complete[0])[0]
    for label in (
        "How to reach us",
        "Backup contact (neighbour, relative)",
        "Where we are, and when we are back",
        "Our address, for emergency services",
    ):
        assert label in first
    assert "Priya: 07700 900123" in first
    assert first.count("_" * 20) >= 3  # backup, where we are, address: left blank


def test_given_lines_print_instead_of_blanks(tmp_path):
    path = tmp_path / "given.pdf"
    write_carer(path, with_extras(backup="Mrs Ito: 07700 900456", away="Cinema, back by 22:30",
                                  address="1 High Street, Leeds"))  # fmt: skip
    first = page_texts(path)[0]
    assert "Mrs Ito: 07700 900456" in first and "Cinema, back by 22:30" in first
    assert "1 High Street, Leeds" in first and "_" * 20 not in first


def test_devices_limits_signs_and_the_carers_home_and_where_they_land(complete):
    pages = page_texts(complete[0])
    text = " ".join(pages)
    assert "Devices: iPad, Nintendo Switch" in text
    assert "Our limits: devices go to bed at 20:00 · no screens: kitchen table, meals · " \
        "games and videos: 1 hour on school days" in text  # fmt: skip
    assert "Signs a child may be harmed online" in text
    for sign in ("Secrecy", "mood", "Gifts or money", "older"):
        assert sign in text
    assert "At your home" in text and "broadband filter" in text
    assert page_of(pages, "Our limits") == page_of(pages, "Arun · Ages 8 to 10")
    assert page_of(pages, "Signs a child may be") == 1  # beside "Please do not"
    assert page_of(pages, "At your home") == 2
    assert text.index("Please do not") < text.index("Signs a child") < text.index("Our rules")


def test_no_limits_entered_prints_no_limits_line(typical):
    assert "Our limits" not in pdf_text(typical[0])


def test_a_six_child_family_stays_short(tmp_path):
    from dataclasses import replace

    six = tuple(replace(CHILDREN[i % 2], name=f"Child {i}") for i in range(6))
    path = tmp_path / "six.pdf"
    pages = write_carer(path, with_extras(children=six))
    assert pages <= 4


def _tables(flowables):
    from reportlab.platypus import Table

    for f in flowables:
        if isinstance(f, Table):
            yield f
        yield from _tables(getattr(f, "_content", ()))


def _paragraphs(cell):
    if isinstance(cell, (list, tuple)):
        for item in cell:
            yield from _paragraphs(item)
    else:
        yield cell


@pytest.mark.parametrize("language", ["en", "de", "es", "fr", "pl", "ar", "zh_CN"])
def test_the_helpline_table_cuts_no_word_in_any_language(language):
    """ "Für: Eltern, Betreuungspersonen" once broke as "Betreuu-ngspersonen": each column is
    now as wide as its longest word in the font it is printed in."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    from familysafe import words
    from familysafe.export.documents.carer import story
    from familysafe.export.pdf import make_styles

    words.use_language(language)
    try:
        doc = handout(sections=frozenset({"helplines"}))
        *_, table = _tables(story(doc, make_styles()))  # after the box of the first page
        table.wrap(A4[0] - 2 * 18 * mm, 10_000)  # the frame of an A4 page
        cells = [p for row in table._cellvalues for cell in row for p in _paragraphs(cell)]
        assert len(cells) == 4 * (1 + len(doc.routes))
        assert all(hasattr(c, "_splitLongWordCount") for c in cells)  # each one laid out
        assert [c.getPlainText() for c in cells if c._splitLongWordCount] == []
    finally:
        words.use_language(None)


@pytest.mark.parametrize("extra", [20, 30])
def test_a_long_agreement_lets_the_guides_two_columns_run_on_over_the_page(tmp_path, extra):
    """With 27 rules (or 37) the guide's second half ("When the moment has passed", two
    columns) starts right under the children and runs on over the page where it must, rather
    than moving whole to the next page and leaving the rest of this one empty."""
    from dataclasses import replace

    from familysafe.export.documents.data import RuleGroup

    many = tuple(f"Rule {n}: we keep this one at home and away, every day." for n in range(extra))
    doc = with_extras()
    doc = replace(doc, rules=(RuleGroup((), many), *doc.rules))
    path = tmp_path / "long.pdf"
    write_carer(path, doc)
    pages = page_texts(path)
    start = page_of(pages, "When the moment has passed")
    assert start == page_of(pages, "Arun · Ages 8 to 10") == 2  # right under the children
    if extra == 30:
        assert page_of(pages, "Keep what happened") == start
        assert page_of(pages, "Afterwards") == start + 1  # its rest on the next page
    for text in ("Keep what happened", "Who to tell", "At your home", "broadband filter"):
        assert text in " ".join(pages)
