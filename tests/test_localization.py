"""The lower layers' words and dates follow the front end's translations once installed."""

from datetime import date

from familysafe import localization


def test_defaults_are_the_source_text_and_iso_dates():
    localization.install()
    assert localization.translate("Documents", "Family plan") == "Family plan"
    assert localization.long_date(date(2026, 11, 23)) == "2026-11-23"


def test_installing_translators_points_them_at_qt(qapp):
    from PySide6.QtCore import QLocale

    from familysafe.i18n import install_translators

    try:
        install_translators(QLocale("es"))
        assert localization.translate("MainWindow", "&Quit") == "&Salir"
        assert localization.long_date(date(2026, 11, 23)).endswith("2026")
        assert "noviembre" in localization.long_date(date(2026, 11, 23))
    finally:
        install_translators(QLocale("en"))
