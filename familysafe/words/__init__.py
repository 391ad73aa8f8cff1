"""Every word FamilySafe shows, and the one way to translate them below the window.

Where a new sentence goes:

- In a widget: ``self.tr("...")``. The window gives Qt the same compiled translations
  (``familysafe.ui.translators``).
- Anywhere else (the command line, services, documents, notifications):
  ``translate("Context", "...")`` from here, with literal arguments, positionally, so that
  ``pyside6-lupdate`` lists it for translators (a test checks it finds every call). No Qt is
  loaded: ``familysafe.words.qm`` reads the compiled ``.qm`` files itself.
- Sentences for the domain's error codes go in ``words/errors.py``, the planner's reasons and
  due items in ``words/planner.py``, notifications in ``words/reminders.py``, and names for the
  content's vocabularies (features, strands, platforms, audiences, age bands) in
  ``words/vocabulary.py``. Dates are written with ``long_date``.

``use_language`` chooses the language; each front end calls it once it knows the family's choice.
"""

from familysafe.words.catalogue import current_locale, long_date, translate, use_language

__all__ = ["current_locale", "long_date", "translate", "use_language"]
