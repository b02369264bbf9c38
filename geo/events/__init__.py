"""Events: the reports of one strike, from many articles, grouped with every side's claim beside the others."""
