//! The instruction set: the specification of the VM, one line per opcode.
//!
//! Registers are numbered from the frame's base (`R[A]`). `K[k]` is the
//! function's constant pool. `sJ` is a signed jump offset relative to the
//! next instruction. Integer instructions work on 64-bit values; results of
//! sized integer types are narrowed by a following `Wrap`. Instructions
//! marked `+X` are followed by an `Extra` word holding a `TypeId` (or other
//! 32-bit operand) that the instruction consumes.
//!
//! Calls (Lua's convention): the arguments of a call are in consecutive
//! registers starting at `R[A]` (`R[A+1]` for `CallClosure`, whose callee
//! is in `R[A]`); the callee's frame starts at the first argument, so the
//! arguments become its first registers; the results are written back to
//! `R[A]...`. Variadic arguments are packed into a slice by the caller.

pub type Reg = u16;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Instr {
    // --- moves and constants
    Nop,                          // do nothing
    Move { a: Reg, b: Reg },      // R[A] := R[B]
    LoadK { a: Reg, k: u32 },     // R[A] := K[k]
    LoadInt { a: Reg, i: i32 },   // R[A] := int(i)
    LoadNil { a: Reg },           // R[A] := nil
    LoadBool { a: Reg, b: bool }, // R[A] := b
    Zero { a: Reg, ty: u32 },     // R[A] := zero value of type ty (fresh aggregate)
    Copy { a: Reg, b: Reg },      // R[A] := copy of R[B] (deep for aggregates)
    CopyInto { a: Reg, b: Reg },  // *R[A] := R[B] (aggregate contents copied in place)
    Extra { x: u32 },             // operand of the previous instruction (never executed)

    // --- integer arithmetic (all integer types; Wrap narrows sized types)
    AddInt { a: Reg, b: Reg, c: Reg },        // R[A] := R[B] + R[C]
    AddIntK { a: Reg, b: Reg, k: i16 },       // R[A] := R[B] + k
    MulIntK { a: Reg, b: Reg, k: i16 },       // R[A] := R[B] * k
    AndK { a: Reg, b: Reg, k: i16 },          // R[A] := R[B] & k
    RemIntK { a: Reg, b: Reg, k: i16 },       // R[A] := R[B] % k (signed, k != 0)
    SubInt { a: Reg, b: Reg, c: Reg },        // R[A] := R[B] - R[C]
    MulInt { a: Reg, b: Reg, c: Reg },        // R[A] := R[B] * R[C]
    DivInt { a: Reg, b: Reg, c: Reg }, // R[A] := R[B] / R[C] (signed, truncated; panics on 0)
    DivUint { a: Reg, b: Reg, c: Reg }, // R[A] := R[B] / R[C] (unsigned 64-bit; panics on 0)
    RemInt { a: Reg, b: Reg, c: Reg }, // R[A] := R[B] % R[C] (signed; panics on 0)
    RemUint { a: Reg, b: Reg, c: Reg }, // R[A] := R[B] % R[C] (unsigned; panics on 0)
    And { a: Reg, b: Reg, c: Reg },    // R[A] := R[B] & R[C]
    Or { a: Reg, b: Reg, c: Reg },     // R[A] := R[B] | R[C]
    Xor { a: Reg, b: Reg, c: Reg },    // R[A] := R[B] ^ R[C]
    AndNot { a: Reg, b: Reg, c: Reg }, // R[A] := R[B] &^ R[C]
    Shl { a: Reg, b: Reg, c: Reg, cu: bool }, // R[A] := R[B] << R[C] (0 if count >= 64; count unsigned if cu, else negative panics)
    Shr { a: Reg, b: Reg, c: Reg, cu: bool }, // R[A] := R[B] >> R[C] (arithmetic; -1/0 if count >= 64)
    ShrU { a: Reg, b: Reg, c: Reg, cu: bool }, // R[A] := R[B] >>> R[C] (logical, for unsigned types)
    NegInt { a: Reg, b: Reg },                 // R[A] := -R[B]
    BitNot { a: Reg, b: Reg },                 // R[A] := ^R[B]
    Wrap { a: Reg, bits: u8, signed: bool }, // R[A] := R[A] narrowed to a bits-wide (un)signed integer

    // --- floats
    AddFloat { a: Reg, b: Reg, c: Reg }, // R[A] := R[B] + R[C]
    SubFloat { a: Reg, b: Reg, c: Reg }, // R[A] := R[B] - R[C]
    MulFloat { a: Reg, b: Reg, c: Reg }, // R[A] := R[B] * R[C]
    DivFloat { a: Reg, b: Reg, c: Reg }, // R[A] := R[B] / R[C] (IEEE: no panic)
    NegFloat { a: Reg, b: Reg },         // R[A] := -R[B]
    RoundF32 { a: Reg },                 // R[A] := float64(float32(R[A]))

    // --- strings
    Concat { a: Reg, b: Reg, c: Reg }, // R[A] := R[B] + R[C] (strings)

    // --- comparisons (result bool)
    EqInt { a: Reg, b: Reg, c: Reg }, // R[A] := R[B] == R[C] (ints, bools)
    NeInt { a: Reg, b: Reg, c: Reg }, // R[A] := R[B] != R[C] (ints, bools)
    LtInt { a: Reg, b: Reg, c: Reg }, // R[A] := R[B] < R[C] (signed)
    LeInt { a: Reg, b: Reg, c: Reg }, // R[A] := R[B] <= R[C] (signed)
    LtIntK { a: Reg, b: Reg, k: i16 }, // R[A] := R[B] < k (signed)
    LeIntK { a: Reg, b: Reg, k: i16 }, // R[A] := R[B] <= k (signed)
    GtIntK { a: Reg, b: Reg, k: i16 }, // R[A] := R[B] > k (signed)
    GeIntK { a: Reg, b: Reg, k: i16 }, // R[A] := R[B] >= k (signed)
    EqIntK { a: Reg, b: Reg, k: i16 }, // R[A] := R[B] == k
    NeIntK { a: Reg, b: Reg, k: i16 }, // R[A] := R[B] != k
    LtUint { a: Reg, b: Reg, c: Reg }, // R[A] := R[B] < R[C] (unsigned)
    LeUint { a: Reg, b: Reg, c: Reg }, // R[A] := R[B] <= R[C] (unsigned)
    EqFloat { a: Reg, b: Reg, c: Reg }, // R[A] := R[B] == R[C] (NaN unequal)
    NeFloat { a: Reg, b: Reg, c: Reg }, // R[A] := R[B] != R[C]
    LtFloat { a: Reg, b: Reg, c: Reg }, // R[A] := R[B] < R[C]
    LeFloat { a: Reg, b: Reg, c: Reg }, // R[A] := R[B] <= R[C]
    EqStr { a: Reg, b: Reg, c: Reg }, // R[A] := R[B] == R[C] (strings)
    NeStr { a: Reg, b: Reg, c: Reg }, // R[A] := R[B] != R[C] (strings)
    LtStr { a: Reg, b: Reg, c: Reg }, // R[A] := R[B] < R[C] (bytewise)
    LeStr { a: Reg, b: Reg, c: Reg }, // R[A] := R[B] <= R[C] (bytewise)
    Eq { a: Reg, b: Reg, c: Reg }, // R[A] := R[B] == R[C] (any comparable; panics on uncomparable dynamic types)
    Ne { a: Reg, b: Reg, c: Reg }, // R[A] := R[B] != R[C] (any comparable)
    IsNil { a: Reg, b: Reg },      // R[A] := R[B] == nil
    Not { a: Reg, b: Reg },        // R[A] := !R[B]

    // --- control
    Jmp { sj: i32 },                      // pc += sJ (backward jumps spend budget)
    JmpIf { a: Reg, sj: i32 },            // if R[A] then pc += sJ
    JmpIfNot { a: Reg, sj: i32 },         // if !R[A] then pc += sJ
    JmpLtInt { b: Reg, c: Reg, sj: i16 }, // if R[B] < R[C] (signed) then pc += sJ
    JmpGeInt { b: Reg, c: Reg, sj: i16 }, // if R[B] >= R[C] (signed) then pc += sJ

    // --- calls
    Call { a: Reg, f: u32 },        // R[A]... := funcs[f](R[A]...)
    CallNative { a: Reg, n: u32 },  // R[A]... := natives[n](R[A]...)
    CallClosure { a: Reg },         // R[A]... := R[A](R[A+1]...) (nil func panics)
    CallIface { a: Reg, m: u32 }, // R[A]... := R[A].K[m](R[A+1]...) (method named by string constant K[m]; nil panics)
    Return { a: Reg, n: u16 },    // return R[A], ..., R[A+n-1]
    RunDefers, // run this frame's deferred calls, LIFO (re-executed until none is left)
    Closure { a: Reg, f: u32 }, // R[A] := closure of funcs[f] capturing R[A+1]... (count from the function)
    FuncVal { a: Reg, f: u32 }, // R[A] := func value of funcs[f] (no captures)
    NativeVal { a: Reg, n: u32 }, // R[A] := func value of natives[n]
    BindMethod { a: Reg, b: Reg }, // +X f. R[A] := method value funcs[f] bound to receiver R[B]
    BindNative { a: Reg, b: Reg }, // +X n. R[A] := method value natives[n] bound to receiver R[B]
    BindIface { a: Reg, b: Reg }, // +X m. R[A] := method value R[B].K[m] (dynamic dispatch now; nil panics)
    GetCap { a: Reg, i: u16 },    // R[A] := captured variable i of the running closure
    Go { a: Reg, f: u32 },        // go funcs[f](R[A]...)
    GoClosure { a: Reg },         // go R[A](R[A+1]...)
    GoNative { a: Reg, n: u32 },  // go natives[n](R[A]...)
    GoIface { a: Reg, m: u32 },   // go R[A].K[m](R[A+1]...)
    Defer { a: Reg, f: u32 },     // defer funcs[f](R[A]...)
    DeferClosure { a: Reg },      // defer R[A](R[A+1]...)
    DeferNative { a: Reg, n: u32 }, // defer natives[n](R[A]...)
    DeferIface { a: Reg, m: u32 }, // defer R[A].K[m](R[A+1]...)
    Panic { a: Reg },             // panic(R[A])
    Recover { a: Reg },           // R[A] := recover()

    // --- variables in memory
    GetGlobal { a: Reg, g: u32 },  // R[A] := globals[g]
    SetGlobal { a: Reg, g: u32 },  // globals[g] := R[A]
    AddrGlobal { a: Reg, g: u32 }, // R[A] := &globals[g]
    NewCell { a: Reg, b: Reg },    // R[A] := pointer to a new cell holding R[B]
    Load { a: Reg, b: Reg },       // R[A] := *R[B] (nil panics)
    Store { a: Reg, b: Reg },      // *R[A] := R[B] (nil panics; aggregates copied in)
    New { a: Reg, ty: u32 },       // R[A] := new(ty)
    MakePtr { a: Reg, b: Reg },    // R[A] := &R[B] (R[B] an aggregate: a pointer to its memory)

    // --- structs, arrays, slices, strings
    GetField { a: Reg, b: Reg, i: u16 }, // R[A] := R[B].field[i] (R[B] a struct or pointer to one; nil panics)
    SetField { a: Reg, i: u16, c: Reg }, // R[A].field[i] := R[C]
    AddrField { a: Reg, b: Reg, i: u16 }, // R[A] := &R[B].field[i]
    Index { a: Reg, b: Reg, c: Reg }, // R[A] := R[B][R[C]] (array, slice or pointer to array; bounds checked)
    SetIndex { a: Reg, b: Reg, c: Reg }, // R[A][R[B]] := R[C]
    AddrIndex { a: Reg, b: Reg, c: Reg }, // R[A] := &R[B][R[C]]
    IndexStr { a: Reg, b: Reg, c: Reg }, // R[A] := R[B][R[C]] (byte of a string)
    SliceOf { a: Reg, b: Reg, m: u8 }, // R[A] := R[B][lo:hi:max], operands in R[B+1].. as present by mask m (1 lo, 2 hi, 4 max)
    Len { a: Reg, b: Reg },            // R[A] := len(R[B])
    Cap { a: Reg, b: Reg },            // R[A] := cap(R[B])
    MakeSlice { a: Reg, b: Reg },      // +X ty. R[A] := make(ty, R[B], R[B+1])
    SliceLit { a: Reg, n: u16 }, // +X ty. R[A] := ty{R[A+1], ..., R[A+n]} (slice or array type)
    StructLit { a: Reg, n: u16 }, // +X ty. R[A] := ty{R[A+1], ..., R[A+n]} (all fields, in order)
    Append { a: Reg, b: Reg, n: u16 }, // +X ty. R[A] := append(R[B], R[B+1], ..., R[B+n])
    AppendSlice { a: Reg, b: Reg, c: Reg }, // +X ty. R[A] := append(R[B], R[C]...) (R[C] a slice or a string)
    CopySlice { a: Reg, b: Reg, c: Reg },   // R[A] := copy(R[B], R[C]) (R[C] a slice or a string)
    DecodeRune { a: Reg, b: Reg, c: Reg }, // R[A], R[A+1] := rune at R[B][R[C]:] and its width (U+FFFD, 1 if invalid)
    Clear { a: Reg },                      // clear(R[A]) (map or slice)

    // --- maps
    MakeMap { a: Reg, ty: u32 },        // R[A] := make(ty)
    MapGet { a: Reg, b: Reg, c: Reg },  // +X elem ty. R[A] := R[B][R[C]] (zero if absent)
    MapGet2 { a: Reg, b: Reg, c: Reg }, // +X elem ty. R[A], R[A+1] := R[B][R[C]], present
    MapSet { a: Reg, b: Reg, c: Reg },  // R[A][R[B]] := R[C] (nil map panics)
    MapDelete { a: Reg, b: Reg },       // delete(R[A], R[B])
    MapIter { a: Reg, b: Reg },         // R[A] := iterator over map R[B]
    MapNext { a: Reg, b: Reg, c: Reg }, // R[A], R[A+1] := next entry of iterator R[B]; R[C] := false at the end

    // --- interfaces
    Box { a: Reg, b: Reg },     // +X ty. R[A] := interface holding (ty, R[B])
    Assert { a: Reg, b: Reg },  // +X ty +X iface (R[B]'s static type). R[A] := R[B].(ty) (panics)
    Assert2 { a: Reg, b: Reg }, // +X ty. R[A], R[A+1] := R[B].(ty), ok
    TypeIs { a: Reg, b: Reg }, // +X ty. R[A] := R[B] holds ty (ty interface: implements it; UNTYPED_NIL: is nil)

    // --- conversions
    IntToFloat { a: Reg, b: Reg },  // R[A] := float64(R[B]) (signed)
    UintToFloat { a: Reg, b: Reg }, // R[A] := float64(R[B]) (unsigned)
    FloatToInt { a: Reg, b: Reg },  // R[A] := int64(R[B]) (truncated)
    FloatToUint { a: Reg, b: Reg }, // R[A] := uint64(R[B]) (truncated)
    RuneToStr { a: Reg, b: Reg },   // R[A] := string(rune(R[B]))
    BytesToStr { a: Reg, b: Reg },  // R[A] := string(R[B]) ([]byte)
    StrToBytes { a: Reg, b: Reg },  // R[A] := []byte(R[B])
    RunesToStr { a: Reg, b: Reg },  // R[A] := string(R[B]) ([]rune)
    StrToRunes { a: Reg, b: Reg },  // R[A] := []rune(R[B])

    // +X ty. R[A] := ty(R[B]), ty [N]T or *[N]T (len(R[B]) < N panics)
    SliceToArray { a: Reg, b: Reg },

    // --- channels (wired to the runtime's Hchan<Value>)
    MakeChan { a: Reg, b: Reg }, // +X ty. R[A] := make(ty, R[B]) (ty the channel type)
    Send { a: Reg, b: Reg },     // R[A] <- R[B] (may park)
    Recv { a: Reg, b: Reg },     // R[A] := <-R[B] (may park)
    Recv2 { a: Reg, b: Reg },    // R[A], R[A+1] := <-R[B] (may park)
    Close { a: Reg },            // close(R[A])
    Select { a: Reg, n: u16, dflt: bool }, // R[A] := chosen case, R[A+1] := received value, R[A+2] := ok; cases in R[A+3]...: n (kind, chan, value) triples

    // --- builtins print/println (to stderr)
    Print { a: Reg, n: u16, ln: bool }, // print/println(R[A], ..., R[A+n-1]) to stderr (arguments boxed as interfaces)
}

impl Instr {
    /// The largest register named by a `Reg` field of this instruction.
    /// Exhaustive on purpose: a new instruction must say which of its
    /// fields are registers, because `exec.rs` reads and writes the
    /// registers named by plain fields without a bounds check, relying on
    /// `FuncProto::window` (computed from this) to cover them all.
    pub fn max_reg(&self) -> Option<Reg> {
        match *self {
            Instr::Nop => None,
            Instr::Move { a, b, .. } => Some(a.max(b)),
            Instr::LoadK { a, .. } => Some(a),
            Instr::LoadInt { a, .. } => Some(a),
            Instr::LoadNil { a, .. } => Some(a),
            Instr::LoadBool { a, .. } => Some(a),
            Instr::Zero { a, .. } => Some(a),
            Instr::Copy { a, b, .. } => Some(a.max(b)),
            Instr::CopyInto { a, b, .. } => Some(a.max(b)),
            Instr::Extra { .. } => None,
            Instr::AddInt { a, b, c, .. } => Some(a.max(b).max(c)),
            Instr::AddIntK { a, b, .. } => Some(a.max(b)),
            Instr::MulIntK { a, b, .. } => Some(a.max(b)),
            Instr::AndK { a, b, .. } => Some(a.max(b)),
            Instr::RemIntK { a, b, .. } => Some(a.max(b)),
            Instr::SubInt { a, b, c, .. } => Some(a.max(b).max(c)),
            Instr::MulInt { a, b, c, .. } => Some(a.max(b).max(c)),
            Instr::DivInt { a, b, c, .. } => Some(a.max(b).max(c)),
            Instr::DivUint { a, b, c, .. } => Some(a.max(b).max(c)),
            Instr::RemInt { a, b, c, .. } => Some(a.max(b).max(c)),
            Instr::RemUint { a, b, c, .. } => Some(a.max(b).max(c)),
            Instr::And { a, b, c, .. } => Some(a.max(b).max(c)),
            Instr::Or { a, b, c, .. } => Some(a.max(b).max(c)),
            Instr::Xor { a, b, c, .. } => Some(a.max(b).max(c)),
            Instr::AndNot { a, b, c, .. } => Some(a.max(b).max(c)),
            Instr::Shl { a, b, c, .. } => Some(a.max(b).max(c)),
            Instr::Shr { a, b, c, .. } => Some(a.max(b).max(c)),
            Instr::ShrU { a, b, c, .. } => Some(a.max(b).max(c)),
            Instr::NegInt { a, b, .. } => Some(a.max(b)),
            Instr::BitNot { a, b, .. } => Some(a.max(b)),
            Instr::Wrap { a, .. } => Some(a),
            Instr::AddFloat { a, b, c, .. } => Some(a.max(b).max(c)),
            Instr::SubFloat { a, b, c, .. } => Some(a.max(b).max(c)),
            Instr::MulFloat { a, b, c, .. } => Some(a.max(b).max(c)),
            Instr::DivFloat { a, b, c, .. } => Some(a.max(b).max(c)),
            Instr::NegFloat { a, b, .. } => Some(a.max(b)),
            Instr::RoundF32 { a, .. } => Some(a),
            Instr::Concat { a, b, c, .. } => Some(a.max(b).max(c)),
            Instr::SliceToArray { a, b } => Some(a.max(b)),
            Instr::EqInt { a, b, c, .. } => Some(a.max(b).max(c)),
            Instr::NeInt { a, b, c, .. } => Some(a.max(b).max(c)),
            Instr::LtInt { a, b, c, .. } => Some(a.max(b).max(c)),
            Instr::LeInt { a, b, c, .. } => Some(a.max(b).max(c)),
            Instr::LtIntK { a, b, .. } => Some(a.max(b)),
            Instr::LeIntK { a, b, .. } => Some(a.max(b)),
            Instr::GtIntK { a, b, .. } => Some(a.max(b)),
            Instr::GeIntK { a, b, .. } => Some(a.max(b)),
            Instr::EqIntK { a, b, .. } => Some(a.max(b)),
            Instr::NeIntK { a, b, .. } => Some(a.max(b)),
            Instr::LtUint { a, b, c, .. } => Some(a.max(b).max(c)),
            Instr::LeUint { a, b, c, .. } => Some(a.max(b).max(c)),
            Instr::EqFloat { a, b, c, .. } => Some(a.max(b).max(c)),
            Instr::NeFloat { a, b, c, .. } => Some(a.max(b).max(c)),
            Instr::LtFloat { a, b, c, .. } => Some(a.max(b).max(c)),
            Instr::LeFloat { a, b, c, .. } => Some(a.max(b).max(c)),
            Instr::EqStr { a, b, c, .. } => Some(a.max(b).max(c)),
            Instr::NeStr { a, b, c, .. } => Some(a.max(b).max(c)),
            Instr::LtStr { a, b, c, .. } => Some(a.max(b).max(c)),
            Instr::LeStr { a, b, c, .. } => Some(a.max(b).max(c)),
            Instr::Eq { a, b, c, .. } => Some(a.max(b).max(c)),
            Instr::Ne { a, b, c, .. } => Some(a.max(b).max(c)),
            Instr::IsNil { a, b, .. } => Some(a.max(b)),
            Instr::Not { a, b, .. } => Some(a.max(b)),
            Instr::Jmp { .. } => None,
            Instr::JmpIf { a, .. } => Some(a),
            Instr::JmpIfNot { a, .. } => Some(a),
            Instr::JmpLtInt { b, c, .. } => Some(b.max(c)),
            Instr::JmpGeInt { b, c, .. } => Some(b.max(c)),
            Instr::Call { a, .. } => Some(a),
            Instr::CallNative { a, .. } => Some(a),
            Instr::CallClosure { a, .. } => Some(a),
            Instr::CallIface { a, .. } => Some(a),
            Instr::Return { a, .. } => Some(a),
            Instr::RunDefers => None,
            Instr::Closure { a, .. } => Some(a),
            Instr::FuncVal { a, .. } => Some(a),
            Instr::NativeVal { a, .. } => Some(a),
            Instr::BindMethod { a, b, .. } => Some(a.max(b)),
            Instr::BindNative { a, b, .. } => Some(a.max(b)),
            Instr::BindIface { a, b, .. } => Some(a.max(b)),
            Instr::GetCap { a, .. } => Some(a),
            Instr::Go { a, .. } => Some(a),
            Instr::GoClosure { a, .. } => Some(a),
            Instr::GoNative { a, .. } => Some(a),
            Instr::GoIface { a, .. } => Some(a),
            Instr::Defer { a, .. } => Some(a),
            Instr::DeferClosure { a, .. } => Some(a),
            Instr::DeferNative { a, .. } => Some(a),
            Instr::DeferIface { a, .. } => Some(a),
            Instr::Panic { a, .. } => Some(a),
            Instr::Recover { a, .. } => Some(a),
            Instr::GetGlobal { a, .. } => Some(a),
            Instr::SetGlobal { a, .. } => Some(a),
            Instr::AddrGlobal { a, .. } => Some(a),
            Instr::NewCell { a, b, .. } => Some(a.max(b)),
            Instr::Load { a, b, .. } => Some(a.max(b)),
            Instr::Store { a, b, .. } => Some(a.max(b)),
            Instr::New { a, .. } => Some(a),
            Instr::MakePtr { a, b, .. } => Some(a.max(b)),
            Instr::GetField { a, b, .. } => Some(a.max(b)),
            Instr::SetField { a, c, .. } => Some(a.max(c)),
            Instr::AddrField { a, b, .. } => Some(a.max(b)),
            Instr::Index { a, b, c, .. } => Some(a.max(b).max(c)),
            Instr::SetIndex { a, b, c, .. } => Some(a.max(b).max(c)),
            Instr::AddrIndex { a, b, c, .. } => Some(a.max(b).max(c)),
            Instr::IndexStr { a, b, c, .. } => Some(a.max(b).max(c)),
            Instr::SliceOf { a, b, .. } => Some(a.max(b)),
            Instr::Len { a, b, .. } => Some(a.max(b)),
            Instr::Cap { a, b, .. } => Some(a.max(b)),
            Instr::MakeSlice { a, b, .. } => Some(a.max(b)),
            Instr::SliceLit { a, .. } => Some(a),
            Instr::StructLit { a, .. } => Some(a),
            Instr::Append { a, b, .. } => Some(a.max(b)),
            Instr::AppendSlice { a, b, c, .. } => Some(a.max(b).max(c)),
            Instr::CopySlice { a, b, c, .. } => Some(a.max(b).max(c)),
            Instr::DecodeRune { a, b, c, .. } => Some(a.max(b).max(c)),
            Instr::Clear { a, .. } => Some(a),
            Instr::MakeMap { a, .. } => Some(a),
            Instr::MapGet { a, b, c, .. } => Some(a.max(b).max(c)),
            Instr::MapGet2 { a, b, c, .. } => Some(a.max(b).max(c)),
            Instr::MapSet { a, b, c, .. } => Some(a.max(b).max(c)),
            Instr::MapDelete { a, b, .. } => Some(a.max(b)),
            Instr::MapIter { a, b, .. } => Some(a.max(b)),
            Instr::MapNext { a, b, c, .. } => Some(a.max(b).max(c)),
            Instr::Box { a, b, .. } => Some(a.max(b)),
            Instr::Assert { a, b, .. } => Some(a.max(b)),
            Instr::Assert2 { a, b, .. } => Some(a.max(b)),
            Instr::TypeIs { a, b, .. } => Some(a.max(b)),
            Instr::IntToFloat { a, b, .. } => Some(a.max(b)),
            Instr::UintToFloat { a, b, .. } => Some(a.max(b)),
            Instr::FloatToInt { a, b, .. } => Some(a.max(b)),
            Instr::FloatToUint { a, b, .. } => Some(a.max(b)),
            Instr::RuneToStr { a, b, .. } => Some(a.max(b)),
            Instr::BytesToStr { a, b, .. } => Some(a.max(b)),
            Instr::StrToBytes { a, b, .. } => Some(a.max(b)),
            Instr::RunesToStr { a, b, .. } => Some(a.max(b)),
            Instr::StrToRunes { a, b, .. } => Some(a.max(b)),
            Instr::MakeChan { a, b, .. } => Some(a.max(b)),
            Instr::Send { a, b, .. } => Some(a.max(b)),
            Instr::Recv { a, b, .. } => Some(a.max(b)),
            Instr::Recv2 { a, b, .. } => Some(a.max(b)),
            Instr::Close { a, .. } => Some(a),
            Instr::Select { a, .. } => Some(a),
            Instr::Print { a, .. } => Some(a),
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn instr_is_8_bytes() {
        assert_eq!(std::mem::size_of::<super::Instr>(), 8);
    }
}
