"""FamilySafe's PDF engine: reportlab platypus with fonts for every script the app accepts.

Importing this package imports reportlab, so only the code that writes a PDF imports it, and only
when it does (start-up stays light; ``tests/test_architecture.py`` checks).

A document is a function from :class:`Styles` to a list of flowables::

    from familysafe.export.pdf import bullet_list, build_pdf, para, signature_table, strong

    def story(s):
        return [
            para(_("Our family agreement"), s.title),
            para([_("Made by "), strong(family_name)], s.subtitle),
            para(_("What we agree"), s.h1),
            bullet_list(promises, s),
            signature_table(names, s, name_label=_("Name"), signature_label=_("Signature"),
                            date_label=_("Date")),
        ]

    build_pdf(path, story, title=_("Family agreement"), header_text=family_name,
              date_text=today_text, page_template=_("Page {page} of {pages}"),
              large_print=settings.large_print, language="cy")

Always make paragraphs of user or translated text with :func:`para` (never reportlab's
``Paragraph``): it escapes ``& < >``, chooses a font per script, shapes Arabic and Devanagari,
and lays out right-to-left text. Other reportlab flowables (``Spacer``, ``KeepTogether``,
``PageBreak``) can be mixed in freely; use ``s.pt(n)`` for lengths so that large print scales
them too.
"""

from familysafe.export.pdf.document import CREATOR, NewCopy, build_pdf, page_text
from familysafe.export.pdf.flowables import (
    Para,
    bullet_list,
    card_sheets,
    para,
    paras,
    signature_table,
    strong,
)
from familysafe.export.pdf.fonts import FACES, markup, register_fonts, script_runs
from familysafe.export.pdf.styles import LARGE_PRINT_SCALE, Styles, make_styles

__all__ = [
    "CREATOR",
    "FACES",
    "LARGE_PRINT_SCALE",
    "NewCopy",
    "Para",
    "Styles",
    "build_pdf",
    "bullet_list",
    "card_sheets",
    "make_styles",
    "markup",
    "page_text",
    "para",
    "paras",
    "register_fonts",
    "script_runs",
    "signature_table",
    "strong",
]
