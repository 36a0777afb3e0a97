using NewsBot.Summaries;

namespace NewsBot.Tests.Pipeline;

/// <summary>Answers "Ringkasan: {title}" and counts the calls, so tests see which articles were summarised.</summary>
internal sealed class CountingSummarizer : ISummarizer
{
    private int _calls;

    public int Calls => _calls;

    public Task<string> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        return Task.FromResult("Ringkasan: " + request.Title);
    }
}
