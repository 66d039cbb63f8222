"""The journey: stages and nodes (model), YAML to model (loader), and the pure engine."""
