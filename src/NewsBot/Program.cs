// newsbot [run] | demo | feed parse <file-or-url>... | analyze [--summary-sentences N] [--group] | deliver
return await NewsBot.Cli.CommandLine.RunAsync(args, Console.In, Console.Out, Console.Error);
