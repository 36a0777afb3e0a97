using NewsBot.Alerts;
using NewsBot.Analysis;

namespace NewsBot.Tests.Delivery;

public sealed class AlertJsonTests
{
    [Fact]
    public void Serialize_Alert_WritesEnumsAsStringsAndRoundTrips()
    {
        var alert = OutboxFixture.SampleAlert("Kebocoran <data> & \"kutip\"") with
        {
            Facts = new IncidentFacts(1200, ["email", "NIK"], "ShinyHunters", IncidentStatus.Confirmed, null),
        };

        var json = AlertJson.Serialize(alert);
        var back = AlertJson.Deserialize(json);

        Assert.Contains("\"type\":\"DataLeak\"", json, StringComparison.Ordinal);
        Assert.Contains("\"status\":\"Confirmed\"", json, StringComparison.Ordinal);
        Assert.Equal(alert.Title, back.Title);
        Assert.Equal(alert.Type, back.Type);
        Assert.Equal(alert.Facts.DataTypes, back.Facts.DataTypes);
        Assert.Equal(alert.Facts.Records, back.Facts.Records);
        Assert.Equal(alert.Sources.Single(), back.Sources.Single());
        Assert.Equal(alert.PublishedAt, back.PublishedAt);
    }

    [Fact]
    public void Deserialize_Null_Throws()
    {
        Assert.Throws<System.Text.Json.JsonException>(() => AlertJson.Deserialize("null"));
    }
}
