//! Numbers as people type them ("1,500", "12.5", "40%"), turned into values or
//! into a refusal that says what to type instead.

use thiserror::Error;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum FieldError {
    #[error("Enter a number, like 250 or 12.5.")]
    NotANumber,
    #[error("Enter a whole number, like 3.")]
    NotWhole,
    #[error("This cannot be negative.")]
    Negative,
    #[error("Enter a share between 0 and 100%.")]
    NotAShare,
    #[error("That is more than {max}, the most this field takes.")]
    TooLarge { max: u32 },
}

/// Reads a decimal number, tolerating spaces, thousands separators, a currency
/// sign and a decimal comma. Empty text means "not given".
fn parse_number(text: &str) -> Result<Option<f64>, FieldError> {
    let cleaned: String = text
        .trim()
        .trim_start_matches(['$', '€', '£', '¥'])
        .trim_end_matches('%')
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
    let value: f64 = normal.parse().map_err(|_| FieldError::NotANumber)?;
    if !value.is_finite() {
        return Err(FieldError::NotANumber);
    }
    Ok(Some(value))
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
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        let text = format!("{value:.6}");
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
