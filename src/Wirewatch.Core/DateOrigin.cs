namespace Wirewatch.Core;

/// <summary>Where a document's date came from; <see cref="Unknown"/> means relative times cannot be resolved.</summary>
public enum DateOrigin
{
    /// <summary>No date: the input had none and no <c>--date</c> was given.</summary>
    Unknown,

    /// <summary>The <c>date YYYY-MM-DD</c> header line of the canonical input form.</summary>
    Header,

    /// <summary>The <c>date</c> field of a JSON Lines record.</summary>
    Record,

    /// <summary>The <c>--date</c> option given on the command line.</summary>
    Option,
}
