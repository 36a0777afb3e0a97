using NewsBot.Companies;

namespace NewsBot.Chat.Tracking;

/// <summary>The Indonesian answers of /lacak.</summary>
public static class TrackingTexts
{
    public const string Usage = "Tulis nama perusahaannya, lalu aliasnya dipisah koma, misalnya: /lacak Koperasi Sejahtera Makmur, KSM Makmur.";

    public const string NoneYet =
        "Chat ini belum melacak perusahaan di luar daftar. " + Usage + " Daftar bawaan: /perusahaan.";

    public const string ListHeader = "Perusahaan yang dilacak chat ini:";
    public const string RemoveHint = "Hapus dengan /lacak hapus <nama>.";
    public const string TooLong = "Nama itu terlalu panjang (paling banyak 60 karakter).";

    public static string TooShort(string name) => $"\"{name}\" terlalu pendek: nama perlu paling sedikit 3 huruf.";

    public static string TooGeneric(string name) =>
        $"\"{name}\" terlalu umum: satu kata biasa akan cocok dengan terlalu banyak berita. Tulis nama lengkapnya, misalnya \"Bank Sejahtera Makmur\".";

    public static string OddCharacter(string name, string character) =>
        $"\"{name}\" memuat tanda \"{character}\" yang tidak dipakai dalam nama perusahaan. Tulis namanya dengan huruf, angka dan spasi saja.";

    public static string InCatalogue(string name, string company) =>
        $"\"{name}\" sudah ada di daftar bawaan sebagai {company}. Ikuti saja dengan /ikuti {company.ToLowerInvariant()}.";

    public static string Added(TrackedCompany company, int incidents) =>
        $"Chat ini sekarang melacak {company.Name}" + (company.Aliases.Count > 0 ? $" (juga: {string.Join(", ", company.Aliases)})" : "") +
        " dan mengikutinya. Berita baru dicocokkan mulai pemeriksaan berikutnya. " +
        (incidents > 0 ? $"{incidents} insiden dari berita tersimpan sudah cocok: lihat /insiden {company.Name}." : "Belum ada berita tersimpan yang cocok.");

    public static string NotTracked(string name) => $"Chat ini tidak melacak \"{name}\". Lihat daftarnya dengan /lacak.";

    public static string Removed(string name) => $"{name} tidak dilacak lagi oleh chat ini.";
}
