"""The stages of one file, one module per job; ``seidou.runner.process`` lists them in order
(``STAGES``) and ``base.run_stages`` runs the list."""
