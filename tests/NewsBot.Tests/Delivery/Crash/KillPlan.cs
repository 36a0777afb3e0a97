namespace NewsBot.Tests.Delivery.Crash;

internal enum KillMoment
{
    /// <summary>While a send is on the wire and the platform has not created the message.</summary>
    DuringSend,

    /// <summary>The platform created the message but the answer never arrives (the Telegram duplicate window).</summary>
    AfterAccept,

    /// <summary>A few milliseconds after the platform answered: while the outcome is being recorded.</summary>
    DuringRecord,

    /// <summary>At a random time after the run's first send: claim, send or record, whatever is running.</summary>
    Timed,
}

/// <summary>When to kill one run: at its <see cref="NthRequest"/>-th send, plus <see cref="Delay"/> for the timed moments.</summary>
internal sealed record KillPlan(KillMoment Moment, int NthRequest, TimeSpan Delay)
{
    public static KillPlan Random(Random random)
    {
        var moment = (KillMoment)random.Next(4);
        return new KillPlan(
            moment,
            moment == KillMoment.Timed ? 1 : random.Next(1, 12),
            // A short timed window keeps each killed run small, so on a fast, idle machine the outbox does not drain
            // before the target number of kills is reached.
            TimeSpan.FromMilliseconds(moment == KillMoment.DuringRecord ? random.Next(0, 6) : random.Next(0, 25)));
    }
}
