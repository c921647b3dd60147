"""The evaluation rules: findings and their settings, one module of checks per area of the
form (``check`` runs them all) and the suggestions in ``suggest``."""
