//! Synthetic collections for benchmarks: the real acts repeated with new ids, numbers and
//! title words, so that the index grows in documents *and* in distinct terms.

use crate::model::{Act, ActsFile, Text};

const WORDS_UK: [&str; 24] = [
    "контроль",
    "пропуск",
    "митниця",
    "візи",
    "мігранти",
    "реадмісія",
    "ризики",
    "патрулювання",
    "інфраструктура",
    "перевірка",
    "транзит",
    "вантажі",
    "біометрія",
    "співпраця",
    "кордонний",
    "охорона",
    "навчання",
    "обмін",
    "дані",
    "безпека",
    "біженці",
    "притулок",
    "загроза",
    "моніторинг",
];
const WORDS_EN: [&str; 24] = [
    "control",
    "crossing",
    "customs",
    "visas",
    "migrants",
    "readmission",
    "risks",
    "patrolling",
    "infrastructure",
    "check",
    "transit",
    "cargo",
    "biometrics",
    "cooperation",
    "frontier",
    "protection",
    "training",
    "exchange",
    "data",
    "security",
    "refugees",
    "asylum",
    "threat",
    "monitoring",
];

/// `n` acts built from `base` (which must not be empty), deterministic for a given input.
pub fn acts(base: &ActsFile, n: usize) -> ActsFile {
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut acts: Vec<Act> = Vec::with_capacity(n);
    for i in 0..n {
        let mut a = base.acts[i % base.acts.len()].clone();
        a.id = format!("synthetic-{i}");
        a.relations.clear();
        a.number = a.number.map(|num| format!("{num}-{i}"));
        let (w1, w2) = ((next() % 24) as usize, (next() % 24) as usize);
        a.title = Text::new(
            format!("{} {} {} {i}", a.title.uk, WORDS_UK[w1], WORDS_UK[w2]),
            format!("{} {} {} {i}", a.title.en, WORDS_EN[w1], WORDS_EN[w2]),
        );
        acts.push(a);
    }
    ActsFile {
        schema: base.schema.clone(),
        issuers: base.issuers.clone(),
        acts,
    }
}
