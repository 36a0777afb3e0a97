namespace NewsBot.Chat;

/// <summary>The Indonesian answers of /zona.</summary>
public static class ZoneTexts
{
    public static string Current(ChatZone zone) =>
        $"Zona waktu chat ini: {zone.Name} ({zone.IanaId}). Ubah dengan /zona WIB, /zona WITA atau /zona WIT.";

    public static string Changed(ChatZone zone) =>
        $"Zona waktu chat ini sekarang {zone.Name} ({zone.IanaId}): tanggal peringatan, jam senyap dan ringkasan memakai {zone.Name}.";

    public static string Unknown(string input) =>
        $"\"{input}\" bukan zona waktu yang dikenal. Pilih WIB (Asia/Jakarta), WITA (Asia/Makassar) atau WIT (Asia/Jayapura).";
}
