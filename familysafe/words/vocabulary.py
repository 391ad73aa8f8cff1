"""Names for the content's vocabularies (features, strands, platforms, audiences), translated.

No Qt (``familysafe.words.translate`` translates), so the window, the command line and the printed
documents all use the same words."""

from __future__ import annotations

from familysafe.core.bands import Band
from familysafe.words.catalogue import translate


def feature(name: str) -> str:
    return {
        "live-streaming": translate("Words", "Live-streaming"),
        "video-chat": translate("Words", "Video chat"),
        "voice-chat": translate("Words", "Voice chat"),
        "direct-messages": translate("Words", "Direct messages"),
        "stranger-contact": translate("Words", "Contact with strangers"),
        "public-profile": translate("Words", "Public profile"),
        "location-sharing": translate("Words", "Location sharing"),
        "in-app-purchases": translate("Words", "In-app purchases"),
        "gifting": translate("Words", "Gifts and tips"),
        "disappearing-messages": translate("Words", "Disappearing messages"),
        "random-matching": translate("Words", "Random matching with strangers"),
        "user-generated-content": translate("Words", "Content made by other users"),
        "ai-chatbot": translate("Words", "AI chatbot"),
    }.get(name, name)


def strand(name: str) -> str:
    return {
        "self-image-and-identity": translate("Words", "Self-image and identity"),
        "online-relationships": translate("Words", "Online relationships"),
        "online-reputation": translate("Words", "Online reputation"),
        "online-bullying": translate("Words", "Online bullying"),
        "managing-online-information": translate("Words", "Managing online information"),
        "health-wellbeing-and-lifestyle": translate("Words", "Health, wellbeing and lifestyle"),
        "privacy-and-security": translate("Words", "Privacy and security"),
        "copyright-and-ownership": translate("Words", "Copyright and ownership"),
    }.get(name, name)


def platform(name: str) -> str:
    return {
        "all": translate("Words", "Everywhere"),
        "ios": translate("Words", "iPhone and iPad"),
        "android": translate("Words", "Android"),
        "web": translate("Words", "On the web"),
        "desktop": translate("Words", "On a computer"),
        "console": translate("Words", "On the console"),
    }.get(name, name)


def audience(name: str) -> str:
    return {
        "children": translate("Words", "For children and young people"),
        "parents": translate("Words", "For parents and carers"),
        "everyone": translate("Words", "For children and adults"),
        "reporting": translate("Words", "To report"),
    }.get(name, name)


def band(value: Band | str) -> str:
    """An age band for people ("Ages 8 to 10", "Under 5", "Adults"): never a birth date."""
    value = Band(value).value
    if value == "18+":
        return translate("Words", "Adults")
    low, high = value.split("-")
    if low == "0":
        return translate("Words", "Under 5")
    return translate("Words", "Ages {low} to {high}").format(low=low, high=high)
