//! Numbers as people type them ("1,500", "12.5", "40%"), turned into values or
//! into a refusal that says what to type instead.

use super::said::{said, Said};

/// Why a field's text is not a number it takes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldError {
    NotANumber,
    NotWhole,
    Negative,
    NotAShare,
    TooLarge { max: u32 },
    Huge,
}

impl FieldError {
    /// What to type instead, in words to say.
    pub fn said(&self) -> Said {
        match self {
            Self::NotANumber => said!("Enter a number, like 250 or {}.", Said::Figure(12.5)),
            Self::NotWhole => said!("Enter a whole number, like 3."),
            Self::Negative => said!("This cannot be negative."),
            Self::NotAShare => said!("Enter a share between 0 and 100%."),
            Self::TooLarge { max } => said!(
                "That is more than {}, the most this field takes.",
                Said::Number(*max as usize)
            ),
            Self::Huge => said!(
                "That number is too large to plan with: keep it under a thousand million million."
            ),
        }
    }
}

crate::plan::said_error!(FieldError);

/// The most a number may be, in size: beyond it, digits are lost.
const HUGE: f64 = 1e15;

/// A number as the plan keeps it: to 15 significant digits, as a spreadsheet
/// does, and nothing smaller than a hundred-millionth. Kept so, every number
/// is written and read back exactly by the save's plain number reader.
/// `None` for a number too large to keep.
pub fn kept(value: f64) -> Option<f64> {
    if !value.is_finite() || value.abs() >= HUGE {
        return None;
    }
    if value.abs() < 1e-8 {
        return Some(0.0);
    }
    // The decimals that leave 15 significant digits: 14 less the number's
    // power of ten (counted, so no logarithm is needed).
    let (magnitude, mut power) = (value.abs(), 0i32);
    if magnitude >= 1.0 {
        let mut ten = 1.0f64;
        while ten * 10.0 <= magnitude {
            ten *= 10.0;
            power += 1;
        }
    } else {
        // Powers of ten up to 10⁸ are exact.
        while magnitude * 10f64.powi(-power) < 1.0 {
            power -= 1;
        }
    }
    // At most 15 digits are left, below 2⁵³, and a power of ten up to 10²²
    // is exact: the quotient is the double nearest that decimal.
    let scale = 10f64.powi((14 - power).clamp(0, 22));
    Some((value * scale).round() / scale)
}

/// A number written in decimal digits: an optional sign, digits with an
/// optional point, an optional exponent ("-12.5", ".5", "3e4"); `None` for
/// anything else. The very number the standard reader gives for up to 15
/// digits and powers of ten to 22, which hold every number a plan keeps
/// (`kept`); beyond, within a few units of the 16th digit. Ours, because
/// the standard reader's tables weigh 10 KB of the first load.
pub fn read_decimal(text: &str) -> Option<f64> {
    let (negative, rest) = match text.as_bytes() {
        [b'-', rest @ ..] => (true, rest),
        [b'+', rest @ ..] => (false, rest),
        rest => (false, rest),
    };
    let (mut mantissa, mut power, mut digits, mut point) = (0u64, 0i32, false, false);
    let mut bytes = rest.iter();
    while let Some(&byte) = bytes.next() {
        match byte {
            b'0'..=b'9' => {
                digits = true;
                // Digits past the 19th only move the point.
                if mantissa < 1_000_000_000_000_000_000 {
                    mantissa = mantissa * 10 + u64::from(byte - b'0');
                    power -= i32::from(point);
                } else {
                    power += i32::from(!point);
                }
            }
            b'.' if !point => point = true,
            b'e' | b'E' if digits => {
                let exponent = bytes.as_slice();
                let (sign, figures) = match exponent {
                    [b'-', rest @ ..] => (-1, rest),
                    [b'+', rest @ ..] => (1, rest),
                    rest => (1, rest),
                };
                if figures.is_empty() || !figures.iter().all(u8::is_ascii_digit) {
                    return None;
                }
                let shift = figures
                    .iter()
                    .fold(0i32, |n, f| (n * 10 + i32::from(f - b'0')).min(9_999));
                power += sign * shift;
                break;
            }
            _ => return None,
        }
    }
    if !digits {
        return None;
    }
    // Both exact below 2^53 and to 10^22, so their quotient or product is
    // the number correctly rounded.
    let mut value = mantissa as f64;
    if mantissa != 0 {
        let ten = 10f64.powi(power.abs().min(400));
        value = if power < 0 { value / ten } else { value * ten };
    }
    Some(if negative { -value } else { value })
}

/// A number in plain decimal digits, the shortest that reads back as it:
/// "12.5", "3", "-0.0004"; never "3.0" or "1e-7".
pub fn plain(value: f64) -> String {
    if value == 0.0 || !value.is_finite() {
        return "0".to_owned();
    }
    let mut buffer = zmij::Buffer::new();
    let text = buffer.format_finite(value);
    let (mantissa, exponent) = match text.split_once('e') {
        Some((m, e)) => (m, e.parse::<i32>().unwrap_or(0)),
        None => (text, 0),
    };
    let (sign, mantissa) = match mantissa.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", mantissa),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all = [whole, fraction].concat();
    let digits = all.trim_start_matches('0');
    // Where the decimal point falls in the significant digits.
    let point = whole.len() as i32 + exponent - (all.len() - digits.len()) as i32;
    let mut out = String::from(sign);
    if point <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', (-point) as usize));
        out.push_str(digits);
    } else if point as usize >= digits.len() {
        out.push_str(digits);
        out.extend(std::iter::repeat_n('0', point as usize - digits.len()));
    } else {
        let (left, right) = digits.split_at(point as usize);
        out.push_str(left);
        out.push('.');
        out.push_str(right);
    }
    if out.contains('.') {
        let trimmed = out.trim_end_matches('0').trim_end_matches('.').len();
        out.truncate(trimmed);
    }
    out
}

/// A number rounded to so many decimals, in plain digits without trailing
/// zeros: `to_places(12.345, 1)` is "12.3", `to_places(2.0, 1)` is "2".
pub fn to_places(value: f64, places: i32) -> String {
    let scale = 10f64.powi(places);
    let scaled = (value * scale).round();
    // Past 2⁵³ the value has no digits left at those places.
    if scaled.abs() < 9e15 {
        plain(scaled / scale)
    } else {
        plain(value)
    }
}

/// Reads a decimal number, tolerating spaces, thousands separators, a currency
/// sign and a decimal comma. Empty text means "not given".
fn parse_number(text: &str) -> Result<Option<f64>, FieldError> {
    let cleaned: String = text
        .trim()
        .trim_start_matches(['$', '€', '£', '¥'])
        .trim_end_matches(['%', '$', '€', '£', '¥'])
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '_')
        .collect();
    if cleaned.is_empty() {
        return Ok(None);
    }
    let normal = if cleaned.contains('.') {
        cleaned.replace(',', "")
    } else {
        // "1,500" groups thousands; "12,5" is a decimal comma.
        let groups: Vec<&str> = cleaned.split(',').collect();
        if groups.len() > 1 && groups[1..].iter().all(|g| g.len() == 3) {
            groups.concat()
        } else if groups.len() == 2 {
            groups.join(".")
        } else {
            cleaned
        }
    };
    let value = read_decimal(&normal).ok_or(FieldError::NotANumber)?;
    if !value.is_finite() {
        return Err(FieldError::NotANumber);
    }
    kept(value).map(Some).ok_or(FieldError::Huge)
}

/// An amount that cannot fall below zero: a target, a baseline, hours, a budget.
pub fn parse_amount(text: &str) -> Result<Option<f64>, FieldError> {
    match parse_number(text)? {
        Some(v) if v < 0.0 => Err(FieldError::Negative),
        other => Ok(other),
    }
}

/// A share of a whole, from 0 to 100 (the "%" may be typed or not).
pub fn parse_share(text: &str) -> Result<Option<f64>, FieldError> {
    match parse_number(text)? {
        Some(v) if !(0.0..=100.0).contains(&v) => Err(FieldError::NotAShare),
        other => Ok(other),
    }
}

/// A count: posts per week, minutes, hours to respond.
pub fn parse_whole(text: &str, max: u32) -> Result<Option<u32>, FieldError> {
    let Some(value) = parse_number(text)? else {
        return Ok(None);
    };
    if value < 0.0 {
        return Err(FieldError::Negative);
    }
    if value.fract() != 0.0 {
        return Err(FieldError::NotWhole);
    }
    if value > f64::from(max) {
        return Err(FieldError::TooLarge { max });
    }
    Ok(Some(value as u32))
}

/// How a number is shown back in a field: no trailing ".0", no exponent.
pub fn show_number(value: f64) -> String {
    to_places(value, 6)
}

/// How a language writes numbers: its thousands separator, its decimal
/// mark, and whether money's sign follows the amount ("1,234.5" and
/// "€5" in English, "1.234,5" and "5 €" in German).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Marks {
    pub group: char,
    pub decimal: char,
    pub sign_after: bool,
}

/// Numbers as English writes them.
pub const ENGLISH_MARKS: Marks = Marks {
    group: ',',
    decimal: '.',
    sign_after: false,
};

impl Marks {
    /// The marks a language shows in its writing of "1,234.5" and of "€5":
    /// English's where the example is not one.
    pub fn read(number: &str, money: &str) -> Self {
        let marks: Vec<char> = number.chars().filter(|c| !c.is_ascii_digit()).collect();
        match marks[..] {
            [group, decimal] if group != decimal && number.len() <= 9 => Self {
                group,
                decimal,
                sign_after: money.starts_with('5'),
            },
            _ => ENGLISH_MARKS,
        }
    }

    /// A whole number, its thousands grouped: "18,000", "18.000".
    pub fn whole(self, n: u64) -> String {
        // Its digits written by hand: u64's own writing brings 128-bit
        // division into the wasm.
        let mut digits = Vec::with_capacity(20);
        let mut rest = n;
        loop {
            digits.push(char::from(b'0' + (rest % 10) as u8));
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        let digits: String = digits.into_iter().rev().collect();
        self.grouped(&digits)
    }

    /// A number as a sentence shows it, grouped, to six places at most:
    /// "1,234.5", "1.234,5".
    pub fn figure(self, value: f64) -> String {
        let shown = show_number(value);
        let (sign, unsigned) = match shown.strip_prefix('-') {
            Some(rest) => ("-", rest),
            None => ("", &*shown),
        };
        let (whole, places) = unsigned.split_once('.').unwrap_or((unsigned, ""));
        let mut out = String::from(sign);
        out.push_str(&self.grouped(whole));
        if !places.is_empty() {
            out.push(self.decimal);
            out.push_str(places);
        }
        out
    }

    /// `digits` with the language's separator between each three from the
    /// right: "1234567" is "1,234,567".
    fn grouped(self, digits: &str) -> String {
        let mut out = String::with_capacity(digits.len() * 2);
        for (i, digit) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(self.group);
            }
            out.push(digit);
        }
        out
    }

    /// A number as a field shows it to be edited, ungrouped, with the
    /// language's decimal mark: "1234.5", "1234,5".
    pub fn field(self, value: f64) -> String {
        show_number(value).replace('.', self.decimal.encode_utf8(&mut [0; 4]))
    }

    /// Text typed in the language, with its marks turned into English's, as
    /// the readers take them: "1.234,5" is "1,234.5" where a comma is the
    /// decimal mark.
    pub fn typed(self, text: &str) -> String {
        if self.decimal != ',' {
            return text.to_owned();
        }
        text.chars()
            .map(|c| match c {
                '.' => ',',
                ',' => '.',
                other => other,
            })
            .collect()
    }

    /// An amount of money, to the cent where it has cents, with the
    /// currency's sign where the language puts it: "€1,250", "€12.50",
    /// "1.250 €", "CHF 300"; without one, the amount alone.
    pub fn money(self, amount: f64, sign: &str) -> String {
        // Cents, counted whole: amounts are kept under 10¹⁵.
        let cents = (amount.abs() * 100.0).round() as u64;
        let minus = if amount < 0.0 && cents > 0 { "-" } else { "" };
        let mut figure = self.whole(cents / 100);
        if cents % 100 > 0 {
            figure.push(self.decimal);
            figure.push(char::from(b'0' + (cents % 100 / 10) as u8));
            figure.push(char::from(b'0' + (cents % 10) as u8));
        }
        match (sign, self.sign_after) {
            ("", _) => format!("{minus}{figure}"),
            (sign, true) => format!("{minus}{figure}\u{a0}{sign}"),
            (sign, false) if sign.ends_with(|c: char| c.is_ascii_alphabetic()) => {
                format!("{minus}{sign}\u{a0}{figure}")
            }
            (sign, false) => format!("{minus}{sign}{figure}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_in_plain_digits() {
        assert_eq!(plain(12.5), "12.5");
        assert_eq!(plain(3.0), "3");
        assert_eq!(plain(-0.0004), "-0.0004");
        assert_eq!(plain(0.0), "0");
        assert_eq!(plain(-0.0), "0");
        assert_eq!(plain(1.5e-7), "0.00000015");
        assert_eq!(plain(1e-8), "0.00000001");
        assert_eq!(plain(123456789012345.0), "123456789012345");
        assert_eq!(plain(1e20), "100000000000000000000");
        assert_eq!(plain(-2.5e17), "-250000000000000000");
        assert_eq!(plain(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(plain(f64::NAN), "0");
        assert_eq!(to_places(12.345, 1), "12.3");
        assert_eq!(to_places(12.35, 1), "12.4");
        assert_eq!(to_places(2.0, 1), "2");
        assert_eq!(to_places(-0.04, 1), "0");
        assert_eq!(to_places(66.666, 0), "67");
        assert_eq!(to_places(1e17, 2), "100000000000000000");
        assert_eq!(show_number(1234.5), "1234.5");
        assert_eq!(show_number(1.0 / 3.0), "0.333333");
        assert_eq!(show_number(0.0000004), "0");
        assert_eq!(show_number(999999999999999.0), "999999999999999");
    }

    #[test]
    fn a_language_writes_and_reads_numbers_with_its_own_marks() {
        let german = Marks::read("1.234,5", "5 €");
        assert_eq!(
            german,
            Marks {
                group: '.',
                decimal: ',',
                sign_after: true
            }
        );
        assert_eq!(Marks::read("1,234.5", "€5"), ENGLISH_MARKS);
        // Anything that is not an example of the two marks is English's.
        assert_eq!(Marks::read("1234", "€5"), ENGLISH_MARKS);
        assert_eq!(Marks::read("1,234,5", "5 €"), ENGLISH_MARKS);
        assert_eq!(ENGLISH_MARKS.whole(18_000), "18,000");
        assert_eq!(german.whole(1_234_567), "1.234.567");
        assert_eq!(german.whole(999), "999");
        assert_eq!(ENGLISH_MARKS.figure(12345.25), "12,345.25");
        assert_eq!(german.figure(12345.25), "12.345,25");
        assert_eq!(german.figure(-0.5), "-0,5");
        assert_eq!(german.figure(3.0), "3");
        assert_eq!(german.field(1234.5), "1234,5");
        assert_eq!(ENGLISH_MARKS.field(1234.5), "1234.5");
        // What a German types is read as German writes it.
        let read = |text: &str| parse_amount(&german.typed(text));
        assert_eq!(read("1.234,5"), Ok(Some(1234.5)));
        assert_eq!(read("12,5"), Ok(Some(12.5)));
        assert_eq!(read("1.500"), Ok(Some(1500.0)));
        assert_eq!(read("1.500 €"), Ok(Some(1500.0)));
        assert_eq!(read(&german.field(0.125)), Ok(Some(0.125)));
        // A point typed out of English habit still reads as a decimal mark.
        assert_eq!(read("12.5"), Ok(Some(12.5)));
        assert_eq!(ENGLISH_MARKS.typed("1,234.5"), "1,234.5");
        assert_eq!(
            FieldError::NotANumber.to_string(),
            "Enter a number, like 250 or 12.5."
        );
    }

    #[test]
    fn numbers_are_kept_to_fifteen_significant_digits() {
        assert_eq!(kept(0.1 + 0.2), Some(0.3));
        assert_eq!(kept(1234.5), Some(1234.5));
        assert_eq!(kept(100.0 / 3.0), Some(33.3333333333333));
        assert_eq!(kept(1e-9), Some(0.0));
        assert_eq!(kept(-2.5), Some(-2.5));
        assert_eq!(kept(1e15), None);
        assert_eq!(kept(f64::NAN), None);
        assert_eq!(parse_amount("1234567890123456789"), Err(FieldError::Huge));
        assert_eq!(
            parse_amount("0.12345678901234567"),
            Ok(Some(0.123456789012346))
        );
    }

    #[test]
    fn decimals_are_read_as_the_standard_reader_reads_them() {
        for text in [
            "0",
            "-0",
            "+7",
            "12.5",
            "-12.5",
            ".5",
            "5.",
            "007",
            "1e3",
            "1E-3",
            "2.5e+2",
            "0.1",
            "0.3",
            "123456789012345",
            "0.000000015",
            "9007199254740993",
            "123456789012345.6",
            "1e22",
            "1e-22",
            "1e400",
            "0e999",
            "0.000000000000000000000000",
        ] {
            let standard: f64 = text.parse().unwrap();
            assert_eq!(
                read_decimal(text).map(f64::to_bits),
                Some(standard.to_bits()),
                "{text}"
            );
        }
        for text in [
            "", "-", "+", ".", "e3", "1e", "1e+", "1.2.3", "1,5", "--1", "+-1", "1 000", "inf",
            "NaN", "١٢", "12€",
        ] {
            assert_eq!(read_decimal(text), None, "{text}");
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// The save reads numbers with serde_json's plain reader (no
        /// `float_roundtrip`): every kept number comes back exactly.
        #[test]
        fn a_kept_number_is_read_back_exactly(value in -1e15f64..1e15, scale in -9i32..9) {
            let Some(number) = kept(value * 10f64.powi(scale)) else { return Ok(()); };
            let text = serde_json::to_string(&number).unwrap();
            let read: f64 = serde_json::from_str(&text).unwrap();
            proptest::prop_assert_eq!(read.to_bits(), number.to_bits(), "{}", text);
        }

        /// Decimals of up to 15 digits read exactly as the standard reader
        /// reads them; longer ones within a few units of the 16th digit.
        #[test]
        fn decimals_read_as_the_standard_reader_does(
            sign in "[-+]?", whole in "[0-9]{0,22}", part in "[0-9]{0,22}", exponent in proptest::option::of(-30i32..30),
        ) {
            let text = format!("{sign}{whole}.{part}{}", exponent.map(|e| format!("e{e}")).unwrap_or_default());
            let standard: Option<f64> = text.parse().ok();
            let ours = read_decimal(&text);
            proptest::prop_assert_eq!(ours.is_some(), standard.is_some(), "{}", text);
            if let (Some(ours), Some(standard)) = (ours, standard) {
                let digits = format!("{whole}{part}").trim_start_matches('0').len();
                let point = i32::try_from(part.len()).unwrap() - exponent.unwrap_or(0);
                if digits <= 15 && (-22..=22).contains(&point) {
                    proptest::prop_assert_eq!(ours.to_bits(), standard.to_bits(), "{}", text);
                } else {
                    proptest::prop_assert!((ours - standard).abs() <= standard.abs() * 4e-15, "{} read {} not {}", text, ours, standard);
                }
            }
        }

        /// Plain digits read back as the very number written.
        #[test]
        fn plain_digits_read_back_exactly(bits in proptest::num::u64::ANY) {
            let value = f64::from_bits(bits);
            if value.is_finite() {
                let text = plain(value);
                proptest::prop_assert!(!text.contains('e'), "{}", text);
                let read: f64 = text.parse().unwrap();
                proptest::prop_assert_eq!(read, value, "{}", text);
            }
        }

        /// Keeping rounds to 15 significant digits: what is kept has no more,
        /// and lies within one unit of the 15th digit of the exact rounding.
        #[test]
        fn keeping_rounds_to_fifteen_digits(value in -1e15f64..1e15, scale in -9i32..0) {
            let value = value * 10f64.powi(scale);
            let Some(number) = kept(value) else { return Ok(()); };
            let digits = plain(number).chars().filter(char::is_ascii_digit).collect::<String>();
            proptest::prop_assert!(digits.trim_start_matches('0').trim_end_matches('0').len() <= 15, "{}", number);
            if value.abs() >= 1e-8 {
                let power = value.abs().log10().floor() as i32;
                let decimals = (14 - power).clamp(0, 22) as usize;
                let exact: f64 = format!("{value:.decimals$}").parse().unwrap();
                proptest::prop_assert!((number - exact).abs() <= exact.abs() * 1e-14, "{} against {}", number, exact);
            }
        }
    }

    #[test]
    fn amounts_are_read_as_people_type_them() {
        for (text, value) in [
            ("250", 250.0),
            (" 12.5 ", 12.5),
            ("1,500", 1500.0),
            ("1 500", 1500.0),
            ("1,234,567.5", 1_234_567.5),
            ("12,5", 12.5),
            ("€800", 800.0),
            ("$1,200.50", 1200.5),
            ("0", 0.0),
        ] {
            assert_eq!(parse_amount(text), Ok(Some(value)), "{text}");
        }
    }

    #[test]
    fn an_empty_field_means_not_given() {
        assert_eq!(parse_amount(""), Ok(None));
        assert_eq!(parse_amount("   "), Ok(None));
        assert_eq!(parse_whole("", 10), Ok(None));
        assert_eq!(parse_share(""), Ok(None));
    }

    #[test]
    fn words_and_nonsense_are_not_numbers() {
        for text in ["ten", "12abc", "1.2.3", "--5", "NaN", "inf", "1e999", "🚀"] {
            assert_eq!(parse_amount(text), Err(FieldError::NotANumber), "{text}");
        }
    }

    #[test]
    fn a_negative_target_is_refused() {
        assert_eq!(parse_amount("-5"), Err(FieldError::Negative));
        assert_eq!(parse_whole("-1", 10), Err(FieldError::Negative));
    }

    #[test]
    fn a_share_stays_between_none_and_all() {
        assert_eq!(parse_share("40%"), Ok(Some(40.0)));
        assert_eq!(parse_share("100"), Ok(Some(100.0)));
        assert_eq!(parse_share("300%"), Err(FieldError::NotAShare));
        assert_eq!(parse_share("-1"), Err(FieldError::NotAShare));
    }

    #[test]
    fn counts_are_whole_and_bounded() {
        assert_eq!(parse_whole("3", 100), Ok(Some(3)));
        assert_eq!(parse_whole("2.5", 100), Err(FieldError::NotWhole));
        assert_eq!(
            parse_whole("101", 100),
            Err(FieldError::TooLarge { max: 100 })
        );
    }

    #[test]
    fn numbers_are_shown_back_plainly() {
        assert_eq!(show_number(1500.0), "1500");
        assert_eq!(show_number(12.5), "12.5");
        assert_eq!(show_number(0.1 + 0.2), "0.3");
    }
}
