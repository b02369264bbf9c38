"""One module per page of the app, each with one function that draws it (registered in app.py's navigation)."""
