"""The Requests page (``page.RequestsPage``): data-subject requests with their legal clock,
logged in under a minute and answered step by step, each step ending with its letter; the
request log; and the notice of what is due when the app starts.

Nothing is imported here: the Overview uses only the table model, and start-up should not pay
for the page and its dialogs."""
