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

/// <summary>
/// When to kill one run: at its <see cref="NthRequest"/>-th send, plus <see cref="Delay"/> for the timed moments.
/// The fake accepts at most <see cref="LastAccepted"/> sends of a run and hangs (and kills at) any later one, so a
/// killed run delivers at most <see cref="MaxAcceptedPerRun"/> messages however fast or slow the machine is.
/// </summary>
internal sealed record KillPlan(KillMoment Moment, int NthRequest, TimeSpan Delay, int LastAccepted)
{
    private const int MaxNth = 11;
    private const int MaxExtra = 8;

    public const int MaxAcceptedPerRun = MaxNth + MaxExtra;

    public static KillPlan Random(Random random)
    {
        var moment = (KillMoment)random.Next(4);
        var nth = moment == KillMoment.Timed ? 1 : random.Next(1, MaxNth + 1);
        var delay = TimeSpan.FromMilliseconds(moment == KillMoment.DuringRecord ? random.Next(0, 6) : random.Next(0, 25));
        // Sends that arrive while a timed kill is still pending are accepted up to a random budget: the kill lands at
        // a random point of claim, send or record, yet never later than the budget's last send.
        var extra = moment is KillMoment.Timed or KillMoment.DuringRecord ? random.Next(0, MaxExtra + 1) : 0;
        return new KillPlan(moment, nth, delay, nth + extra);
    }
}
