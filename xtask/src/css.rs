//! `css`: the stylesheet as the browser gets it. `style/main.css` keeps its comments (they
//! say why each rule is there); what trunk bundles is a copy without them and with its
//! whitespace collapsed, written to `target/css/main.css`, which `index.html` links. Trunk runs
//! this before every build (a `pre_build` hook), so `trunk serve` and `cargo xtask build` both
//! see the edited source. (Trunk's own minification rewrites the HTML and the JS loader too,
//! which the build's finishing step reads.)

use crate::{root, Result};

/// Where the bundled copy goes, relative to the repository.
pub const OUT: &str = "target/css/main.css";

/// The stylesheet without comments, whitespace runs made one space, and no space around
/// `{`, `}` and `;` (never significant there). Quoted strings stay as they are.
pub fn minify(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut quote: Option<char> = None;
    while let Some(c) = chars.next() {
        if let Some(q) = quote {
            out.push(c);
            if c == q {
                quote = None;
            }
            continue;
        }
        match c {
            '"' | '\'' => {
                quote = Some(c);
                out.push(c);
            }
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for d in chars.by_ref() {
                    if last == '*' && d == '/' {
                        break;
                    }
                    last = d;
                }
            }
            c if c.is_whitespace() => {
                let after_tight = out.ends_with(['{', '}', ';', ' ']) || out.is_empty();
                if !after_tight {
                    out.push(' ');
                }
            }
            '{' | '}' | ';' => {
                if out.ends_with(' ') {
                    out.pop();
                }
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out.trim_end().to_string()
}

/// Writes the bundled copy of `style/main.css`.
pub fn write() -> Result {
    let src = root().join("style/main.css");
    let css = std::fs::read_to_string(&src).map_err(|e| format!("{}: {e}", src.display()))?;
    let out = root().join(OUT);
    std::fs::create_dir_all(out.parent().expect("a folder")).map_err(|e| e.to_string())?;
    let min = minify(&css);
    // Unchanged output is not rewritten, so that trunk serve does not see a change to rebuild.
    if std::fs::read_to_string(&out).ok().as_deref() == Some(min.as_str()) {
        return Ok(());
    }
    std::fs::write(&out, min).map_err(|e| format!("{}: {e}", out.display()))
}

#[cfg(test)]
mod tests {
    use super::minify;

    #[test]
    fn comments_and_spaces_go_strings_and_meaning_stay() {
        let css = "/* why */\n:root {\n  --a: #fff; /* note */\n}\n\na.external::after { content: \" ↗ /* not a comment */\"; }\n.x .y,\n.z > p { margin: 0 0 1rem; }\n";
        assert_eq!(
            minify(css),
            ":root{--a: #fff;}a.external::after{content: \" ↗ /* not a comment */\";}.x .y, .z > p{margin: 0 0 1rem;}"
        );
    }

    #[test]
    fn the_real_stylesheet_loses_only_comments_and_spaces() {
        let css = std::fs::read_to_string(crate::root().join("style/main.css")).unwrap();
        let min = minify(&css);
        assert!(
            min.len() * 10 < css.len() * 9,
            "{} of {}",
            min.len(),
            css.len()
        );
        let words = |s: &str| {
            s.split(|c: char| c.is_whitespace() || "{};".contains(c))
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect::<Vec<_>>()
        };
        let no_comments: String = {
            let mut s = css.clone();
            while let Some(i) = s.find("/*") {
                let j = s[i..].find("*/").map(|j| i + j + 2).unwrap();
                s.replace_range(i..j, " ");
            }
            s
        };
        assert_eq!(words(&min), words(&no_comments));
    }
}
