"""The field kit in the app: the worker card ("Hand to the worker"), the inspector's decisions on the
worker's answers, and printing the leaflet, the question sheet and the sector checklists."""
