"""The Qt desktop app. The only package that imports PySide6.

Importing it loads nothing of the core: the login window comes up before the database
layer (see ``privacy_desk/services/preload.py`` for what is loaded before PySide6 when
the case list is the first screen).
"""
