"""Reading the content library: topics, apps, guides and helplines, in the user's language."""

from __future__ import annotations

from familysafe.core.bands import Band
from familysafe.core.errors import NotFoundError, ValidationError
from familysafe.core.library import App, Country, Guide, Library, Topic
from familysafe.core.text import fold, sort_key

DEFAULT_COUNTRY = "GB"


class LibraryService:
    """Loads the library on first use (never at start-up) and answers questions about it."""

    def __init__(self, language: str | None = None) -> None:
        self._language = language
        self._library: Library | None = None

    @property
    def language(self) -> str | None:
        return self._language

    def set_language(self, language: str | None) -> None:
        """Show content in ``language`` from now on (loaded again on next use)."""
        if language != self._language:
            self._language = language
            self._library = None

    @property
    def library(self) -> Library:
        if self._library is None:
            from familysafe.content.cache import library

            self._library = library(self._language)
        return self._library

    def topics(
        self, band: Band | None = None, feature: str | None = None, search: str = ""
    ) -> list[Topic]:
        needle = fold(search.strip())
        found = []
        for topic in self.library.topics.values():
            if band and not topic.suits(band):
                continue
            if feature and feature not in topic.features:
                continue
            if needle and needle not in _haystack(topic):
                continue
            found.append(topic)
        return sorted(found, key=lambda t: sort_key(t.title))

    def topic(self, topic_id: str) -> Topic:
        topic = self.library.topic(topic_id)
        if topic is None:
            raise NotFoundError(
                "topic-not-found", f"no topic with the id {topic_id!r}", id=topic_id
            )
        return topic

    @staticmethod
    def check_band(topic: Topic, band: Band) -> None:
        """ValidationError unless ``topic`` has words for ``band``."""
        if band not in topic.starters:
            raise ValidationError(
                "band",
                "band-not-suited",
                f"{topic.id} is not written for ages {band.value}",
                id=topic.id,
                band=band.value,
                bands=", ".join(b.value for b in topic.bands),
            )

    def apps(self, search: str = "") -> list[App]:
        needle = fold(search.strip())
        found = [
            a
            for a in self.library.apps.values()
            if not needle or needle in fold(a.name) or needle in a.id
        ]
        return sorted(found, key=lambda a: sort_key(a.name))

    def app(self, app_id: str) -> App:
        app = self.library.app(app_id)
        if app is None:
            raise NotFoundError("app-not-found", f"no app with the id {app_id!r}", id=app_id)
        return app

    def guides(self) -> list[Guide]:
        return list(self.library.guides.values())

    def countries(self) -> list[Country]:
        return sorted(self.library.countries.values(), key=lambda c: sort_key(c.name))

    def country(self, code: str) -> Country:
        country = self.library.countries.get(code.upper())
        if country is None:
            raise NotFoundError(
                "country-not-found", f"no helplines for the country code {code!r}", country=code
            )
        return country

    def country_or_default(self, code: str | None) -> Country:
        """The family's country when FamilySafe has its helplines, else the default."""
        if code and code.upper() in self.library.countries:
            return self.library.countries[code.upper()]
        return self.library.countries[DEFAULT_COUNTRY]


def _haystack(topic: Topic) -> str:
    parts = [topic.id, topic.title, topic.parents.summary, *topic.features]
    return fold(" ".join(parts))
