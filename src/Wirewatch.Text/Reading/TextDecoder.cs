using System.Text;
using Wirewatch.Core;

namespace Wirewatch.Text.Reading;

/// <summary>
/// Turns the bytes of one article into text: UTF-8 (with or without a byte-order mark) or UTF-16 with a mark;
/// refuses binary data and invalid bytes with a reason that says where.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>Decodes the bytes, or throws <see cref="WirewatchException"/> saying why they are not text.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return DecodeWith(StrictUtf16Le, bytes[2..], "UTF-16");
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return DecodeWith(StrictUtf16Be, bytes[2..], "UTF-16");
        }

        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            bytes = bytes[3..];
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new WirewatchException(ErrorCode.Binary, $"binary data, not text (a NUL byte at offset {nul})");
        }

        var controls = CountControlBytes(bytes[..Math.Min(bytes.Length, 8192)]);
        if (controls * 10 > Math.Min(bytes.Length, 8192))
        {
            throw new WirewatchException(ErrorCode.Binary, "binary data, not text (too many control characters)");
        }

        return DecodeWith(StrictUtf8, bytes, "UTF-8");
    }

    private static string DecodeWith(Encoding encoding, ReadOnlySpan<byte> bytes, string name)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var at = e.Index >= 0 ? $" at byte {e.Index}" : string.Empty;
            var bad = e.BytesUnknown is { Length: > 0 } unknown ? $" (0x{unknown[0]:X2})" : string.Empty;
            throw new WirewatchException(ErrorCode.InvalidEncoding, $"not valid {name}{at}{bad}; save the file as UTF-8");
        }
    }

    private static int CountControlBytes(ReadOnlySpan<byte> bytes)
    {
        var count = 0;
        foreach (var b in bytes)
        {
            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C)
            {
                count++;
            }
        }

        return count;
    }
}
