using System.Collections.Concurrent;
using Sakip.Analytics.Application.Runs;

namespace Sakip.Analytics.Etl;

/// <summary>Lets a caller await the run of a job it triggered.</summary>
public sealed class RunTickets
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<EtlRun>> pending = new();

    public (string Ticket, Task<EtlRun> Completion) Issue()
    {
        var ticket = Guid.NewGuid().ToString("N");
        var source = new TaskCompletionSource<EtlRun>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[ticket] = source;
        return (ticket, source.Task);
    }

    public void Complete(string? ticket, EtlRun run)
    {
        if (ticket is not null && pending.TryRemove(ticket, out var source))
        {
            source.TrySetResult(run);
        }
    }

    public void Fail(string? ticket, Exception exception)
    {
        if (ticket is not null && pending.TryRemove(ticket, out var source))
        {
            source.TrySetException(exception);
        }
    }
}
