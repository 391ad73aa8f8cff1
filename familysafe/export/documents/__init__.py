"""FamilySafe's printed documents: the family agreement, the carer handout, the family plan and
conversation cards.

Each document module takes plain data (:mod:`.data`) gathered by ``services.exports`` and writes
one PDF through the engine in :mod:`familysafe.export.pdf`. The documents never ask a service for
anything, so what they print is exactly what the service chose to hand over: that is how private
notes and birth dates stay out unless the parent asked for them.

This package's ``__init__``, :mod:`.data` and :mod:`.words` import neither reportlab nor Qt, so
the service can build the data (and name the file) without loading the PDF engine; the document
modules themselves import reportlab and are imported only when a PDF is written.
"""

KINDS = ("agreement", "carer", "plan", "cards")  # the documents FamilySafe makes
