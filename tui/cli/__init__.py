"""One module per ``hyoka`` command; each offers ``add_parser(sub)`` and ``run(args)``.

Modules import only argparse-level things at the top: ``hyoka --help`` loads them all.
"""
