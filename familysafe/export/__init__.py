"""Files FamilySafe writes for people: PDF documents and calendar files.

This package itself stays light (the window imports services that import it): reportlab lives
in :mod:`familysafe.export.pdf`, which only the code writing a PDF imports, when it does.
:mod:`familysafe.files` writes any export atomically and privately.
"""
