(1).foo
