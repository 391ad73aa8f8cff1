"""Talking to the operating system: starting at login, the computer's time zone.

A floor beside ``core/`` and ``store/``: services call it, it never imports Qt, and each function
takes the platform or folder it works on so that every platform's branch can be tested anywhere.
"""
