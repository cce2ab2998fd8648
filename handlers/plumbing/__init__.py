"""What every feature handler stands on: access checks, the command table and menus, the
callback context, button answering, the form runner with its input and view, filter words, and
the error handler. Nothing here knows a feature; the feature modules sit one level up."""
