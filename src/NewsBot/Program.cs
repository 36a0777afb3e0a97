// newsbot [run] | demo | feed parse <file-or-url>... | analyze [--summary-sentences N] [--group] | deliver
// Standard output with a 64 KiB buffer, still flushed after every write: the console's own writer has a 256-char
// buffer and issues a system call per 256 characters, which dominated `feed parse` over thousands of files.
var stdout = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 64 * 1024) { AutoFlush = true };
Console.SetOut(stdout);
return await NewsBot.Cli.CommandLine.RunAsync(args, () => Console.In, Console.Out, () => Console.Error);
