"""The parts pages are built from: a panel or view per module, each drawing its own widgets."""
