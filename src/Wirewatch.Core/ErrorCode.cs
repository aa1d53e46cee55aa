namespace Wirewatch.Core;

/// <summary>The kinds of failure a user can be told about. Each maps to an exit code in the command line.</summary>
public enum ErrorCode
{
    /// <summary>The path does not exist or cannot be read.</summary>
    Unreadable,

    /// <summary>The file or record has no text.</summary>
    Empty,

    /// <summary>The file holds binary data, not text.</summary>
    Binary,

    /// <summary>The bytes are not valid UTF-8 (nor UTF-16 with a byte-order mark).</summary>
    InvalidEncoding,

    /// <summary>The file or record is larger than one article may be.</summary>
    TooLarge,

    /// <summary>A date that is not a real calendar date.</summary>
    BadDate,

    /// <summary>A JSON Lines record that is not a JSON object of the expected shape.</summary>
    MalformedRecord,

    /// <summary>The pipeline was put together wrongly (a component's need is not met).</summary>
    PipelineMisconfigured,

    /// <summary>A data file the engine needs (word list, model, corpus) is missing or malformed.</summary>
    MissingData,

    /// <summary>The command line was used wrongly.</summary>
    BadUsage,
}
