//! Runtime tests: channels, select, timers, deadlock detection, scheduler.
//!
//! Goroutines here are tiny state machines (`Script`): a list of steps run
//! in order, where a step that returns `Flow::Park` is re-run when the G
//! wakes, exactly as the VM re-executes a blocking instruction. Every wait
//! is bounded (`run` fails the test after `LIMIT`), and no test relies on a
//! sleep being "long enough": ordering is forced through channels and
//! goroutine states.

use std::collections::HashSet;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use gosub::runtime::*;

/// Upper bound on any one program run.
const LIMIT: Duration = Duration::from_secs(30);

/// What a step tells the script.
enum Flow {
    /// Step done: go to the next.
    Next,
    /// The operation parked: return `RunExit::Park`, re-run this step later.
    Park,
    /// Yield (re-run this step later).
    Yield,
    /// End the program.
    Exit(i32),
}

impl From<Op<()>> for Flow {
    fn from(op: Op<()>) -> Flow {
        match op {
            Op::Ready(()) => Flow::Next,
            Op::Park => Flow::Park,
        }
    }
}

/// The value of a ready op, or return `Flow::Park` from the step.
macro_rules! ready {
    ($e:expr) => {
        match $e {
            Op::Ready(v) => v,
            Op::Park => return Flow::Park,
        }
    };
}

type Step = Box<dyn FnMut(&Arc<G>) -> Flow + Send>;

/// A goroutine as a list of steps.
struct Script {
    /// The current step (not advanced while parked: the VM's pc).
    pc: usize,
    /// The steps.
    steps: Vec<Step>,
}

impl Task for Script {
    fn run(&mut self, g: &Arc<G>, _budget: u32) -> RunExit {
        while self.pc < self.steps.len() {
            match (self.steps[self.pc])(g) {
                Flow::Next => self.pc += 1,
                Flow::Park => return RunExit::Park,
                Flow::Yield => return RunExit::Yield,
                Flow::Exit(c) => return RunExit::Exit(c),
            }
        }
        // As the VM does: main returning ends the program.
        if g.id() == MAIN_GOID {
            RunExit::Exit(0)
        } else {
            RunExit::Done
        }
    }

    fn traceback(&self) -> String {
        format!("script.step{}()\n", self.pc)
    }
}

fn script(steps: Vec<Step>) -> Box<dyn Task> {
    Box::new(Script { pc: 0, steps })
}

fn step(f: impl FnMut(&Arc<G>) -> Flow + Send + 'static) -> Step {
    Box::new(f)
}

/// Runs `main` on `sched`, failing the test if it takes longer than LIMIT.
fn run(sched: &Sched, main: Box<dyn Task>) -> i32 {
    let (tx, rx) = std::sync::mpsc::channel();
    let s = sched.clone();
    std::thread::spawn(move || {
        let _ = tx.send(s.run_main(main));
    });
    match rx.recv_timeout(LIMIT) {
        Ok(code) => code,
        Err(_) => {
            let gs: Vec<String> = sched
                .all_goroutines()
                .iter()
                .map(|g| format!("{} {:?} {}", g.id(), g.status(), g.wait_reason()))
                .collect();
            panic!(
                "program did not finish in time\n{:#?}\ngoroutines: {gs:?}\ntimers: {}",
                sched.stats(),
                sched.pending_timers()
            );
        }
    }
}

/// A step that yields until `cond` holds.
fn wait_until(mut cond: impl FnMut() -> bool + Send + 'static) -> Step {
    step(move |_| if cond() { Flow::Next } else { Flow::Yield })
}

/// True if goroutine `slot` exists and is parked with `reason`.
fn parked(sched: &Sched, slot: &Arc<Mutex<Option<Arc<G>>>>, reason: WaitReason) -> bool {
    let _ = sched;
    slot.lock()
        .unwrap()
        .as_ref()
        .is_some_and(|g| g.status() == GStatus::Waiting && g.wait_reason() == reason)
}

fn new_slot() -> Arc<Mutex<Option<Arc<G>>>> {
    Arc::new(Mutex::new(None))
}

type Log<T> = Arc<Mutex<Vec<T>>>;

fn new_log<T>() -> Log<T> {
    Arc::new(Mutex::new(Vec::new()))
}

/// A step sending `v` on `ch`, panicking on a closed channel.
fn send_step(ch: &Arc<Hchan<i64>>, v: i64) -> Step {
    let ch = ch.clone();
    step(move |g| {
        ready!(ch.send(g, v)).expect("send");
        Flow::Next
    })
}

/// A step receiving from `ch` into `log`.
fn recv_step(ch: &Arc<Hchan<i64>>, log: &Log<(i64, bool)>) -> Step {
    let ch = ch.clone();
    let log = log.clone();
    step(move |g| {
        let r = ready!(ch.recv(g, || 0));
        log.lock().unwrap().push(r);
        Flow::Next
    })
}

#[test]
fn unbuffered_rendezvous() {
    let sched = Sched::new(1);
    let ch = Arc::new(Hchan::<i64>::new(0));
    let got = new_log();
    let sender = new_slot();
    let (s, c, sl) = (sched.clone(), ch.clone(), sender.clone());
    let main = script(vec![
        step(move |_| {
            let sender = s.spawn(script(vec![
                send_step(&c, 1),
                send_step(&c, 2),
                send_step(&c, 3),
            ]));
            *sl.lock().unwrap() = Some(sender);
            Flow::Next
        }),
        // The sender must block: nobody is receiving yet.
        {
            let (s, sl) = (sched.clone(), sender.clone());
            wait_until(move || parked(&s, &sl, WaitReason::ChanSend))
        },
        {
            let ch = ch.clone();
            step(move |_| {
                assert_eq!(ch.len(), 0, "unbuffered channel holds nothing");
                Flow::Next
            })
        },
        recv_step(&ch, &got),
        recv_step(&ch, &got),
        recv_step(&ch, &got),
    ]);
    assert_eq!(run(&sched, main), 0);
    assert_eq!(*got.lock().unwrap(), vec![(1, true), (2, true), (3, true)]);
}

#[test]
fn buffered_fifo() {
    let sched = Sched::new(2);
    let ch = Arc::new(Hchan::<i64>::new(3));
    let got = new_log();
    let sender = new_slot();
    let (s, c, sl) = (sched.clone(), ch.clone(), sender.clone());
    let main = script(vec![
        step(move |g| {
            // Three sends complete without parking.
            for v in 1..=3 {
                assert_eq!(c.send(g, v), Op::Ready(Ok(())));
            }
            assert_eq!(c.len(), 3);
            assert_eq!(c.cap(), 3);
            let sender = s.spawn(script(vec![send_step(&c, 4), send_step(&c, 5)]));
            *sl.lock().unwrap() = Some(sender);
            Flow::Next
        }),
        {
            let (s, sl) = (sched.clone(), sender.clone());
            wait_until(move || parked(&s, &sl, WaitReason::ChanSend))
        },
        recv_step(&ch, &got),
        recv_step(&ch, &got),
        recv_step(&ch, &got),
        recv_step(&ch, &got),
        recv_step(&ch, &got),
    ]);
    assert_eq!(run(&sched, main), 0);
    let vals: Vec<i64> = got.lock().unwrap().iter().map(|r| r.0).collect();
    assert_eq!(vals, vec![1, 2, 3, 4, 5]);
}

#[test]
fn close_semantics() {
    let sched = Sched::new(2);
    let ch = Arc::new(Hchan::<i64>::new(2));
    let got = new_log();
    let c = ch.clone();
    let main = script(vec![
        step(move |g| {
            assert_eq!(c.send(g, 7), Op::Ready(Ok(())));
            assert_eq!(c.send(g, 8), Op::Ready(Ok(())));
            assert_eq!(c.close(), Ok(()));
            assert_eq!(c.close(), Err(ChanError::CloseOfClosed));
            assert_eq!(
                c.close().unwrap_err().to_string(),
                "close of closed channel"
            );
            assert_eq!(c.send(g, 9), Op::Ready(Err(ChanError::SendOnClosed)));
            Flow::Next
        }),
        // Drain, then zero values with ok == false, forever.
        recv_step(&ch, &got),
        recv_step(&ch, &got),
        recv_step(&ch, &got),
        recv_step(&ch, &got),
    ]);
    assert_eq!(run(&sched, main), 0);
    assert_eq!(
        *got.lock().unwrap(),
        vec![(7, true), (8, true), (0, false), (0, false)]
    );
}

#[test]
fn close_wakes_blocked_receivers_and_senders() {
    let sched = Sched::new(2);
    let rch = Arc::new(Hchan::<i64>::new(0));
    let sch = Arc::new(Hchan::<i64>::new(0));
    let results: Log<String> = new_log();
    let recv_g = new_slot();
    let send_g = new_slot();
    let done = Arc::new(Hchan::<i64>::new(2));
    let (s, rc, sc, r, rg, sg, d) = (
        sched.clone(),
        rch.clone(),
        sch.clone(),
        results.clone(),
        recv_g.clone(),
        send_g.clone(),
        done.clone(),
    );
    let main = script(vec![
        step(move |_| {
            let (rc2, r2, d2) = (rc.clone(), r.clone(), d.clone());
            *rg.lock().unwrap() = Some(s.spawn(script(vec![
                step(move |g| {
                    let (v, ok) = ready!(rc2.recv(g, || -1));
                    r2.lock().unwrap().push(format!("recv {v} {ok}"));
                    Flow::Next
                }),
                send_step(&d2, 1),
            ])));
            let (sc2, r3, d3) = (sc.clone(), r.clone(), d.clone());
            *sg.lock().unwrap() = Some(s.spawn(script(vec![
                step(move |g| {
                    let res = ready!(sc2.send(g, 5));
                    r3.lock().unwrap().push(format!("send {res:?}"));
                    Flow::Next
                }),
                send_step(&d3, 1),
            ])));
            Flow::Next
        }),
        {
            let (s, a, b) = (sched.clone(), recv_g.clone(), send_g.clone());
            wait_until(move || {
                parked(&s, &a, WaitReason::ChanReceive) && parked(&s, &b, WaitReason::ChanSend)
            })
        },
        {
            let (rch, sch) = (rch.clone(), sch.clone());
            step(move |_| {
                rch.close().unwrap();
                sch.close().unwrap();
                Flow::Next
            })
        },
        recv_step(&done, &new_log()),
        recv_step(&done, &new_log()),
    ]);
    assert_eq!(run(&sched, main), 0);
    let mut r = results.lock().unwrap().clone();
    r.sort();
    assert_eq!(r, vec!["recv -1 false", "send Err(SendOnClosed)"]);
}

/// Waiting senders are served in the order they blocked; so are receivers.
#[test]
fn fifo_among_waiters() {
    for procs in [1, 2] {
        let sched = Sched::new(procs);
        let ch = Arc::new(Hchan::<i64>::new(0));
        let got = new_log();
        let mut steps = Vec::new();
        // Senders 0..5 block one after the other.
        for i in 0..5 {
            let slot = new_slot();
            let (s, c, sl) = (sched.clone(), ch.clone(), slot.clone());
            steps.push(step(move |_| {
                *sl.lock().unwrap() = Some(s.spawn(script(vec![send_step(&c, i)])));
                Flow::Next
            }));
            let s = sched.clone();
            steps.push(wait_until(move || parked(&s, &slot, WaitReason::ChanSend)));
        }
        for _ in 0..5 {
            steps.push(recv_step(&ch, &got));
        }
        // Receivers 0..5 block one after the other; values 10.. go to them
        // in that order.
        let order: Log<i64> = new_log();
        let done = Arc::new(Hchan::<i64>::new(5));
        for i in 0..5 {
            let slot = new_slot();
            let (s, c, sl, o, d) = (
                sched.clone(),
                ch.clone(),
                slot.clone(),
                order.clone(),
                done.clone(),
            );
            steps.push(step(move |_| {
                let (c, o) = (c.clone(), o.clone());
                *sl.lock().unwrap() = Some(s.spawn(script(vec![
                    step(move |g| {
                        let (v, _) = ready!(c.recv(g, || 0));
                        o.lock().unwrap().push(v - 10 - i);
                        Flow::Next
                    }),
                    send_step(&d, i),
                ])));
                Flow::Next
            }));
            let s = sched.clone();
            steps.push(wait_until(move || {
                parked(&s, &slot, WaitReason::ChanReceive)
            }));
        }
        for i in 0..5 {
            steps.push(send_step(&ch, 10 + i));
        }
        for _ in 0..5 {
            steps.push(recv_step(&done, &new_log()));
        }
        assert_eq!(run(&sched, script(steps)), 0);
        let vals: Vec<i64> = got.lock().unwrap().iter().map(|r| r.0).collect();
        assert_eq!(vals, vec![0, 1, 2, 3, 4], "senders FIFO (procs={procs})");
        assert_eq!(
            *order.lock().unwrap(),
            vec![0; 5],
            "receivers FIFO (procs={procs})"
        );
    }
}

#[test]
fn select_with_default() {
    let sched = Sched::new(1);
    let a = Arc::new(Hchan::<i64>::new(1));
    let b = Arc::new(Hchan::<i64>::new(0));
    let (a2, b2) = (a.clone(), b.clone());
    let main = script(vec![step(move |g| {
        // Nothing ready: default.
        let cases = [SelectCase::Recv(Some(&*a2)), SelectCase::Recv(Some(&*b2))];
        assert_eq!(
            selectgo(g, &cases, true, || 0),
            Op::Ready(Ok(Selected::Default))
        );
        // A send case with room in the buffer is ready.
        let v = 42;
        let cases = [
            SelectCase::Recv(Some(&*b2)),
            SelectCase::Send(Some(&*a2), &v),
        ];
        assert_eq!(
            selectgo(g, &cases, true, || 0),
            Op::Ready(Ok(Selected::Send(1)))
        );
        // Now the receive from a is ready.
        let cases = [SelectCase::Recv(Some(&*b2)), SelectCase::Recv(Some(&*a2))];
        assert_eq!(
            selectgo(g, &cases, true, || 0),
            Op::Ready(Ok(Selected::Recv(1, 42, true)))
        );
        // Nil channels are never ready.
        let cases: [SelectCase<'_, i64>; 2] = [SelectCase::Recv(None), SelectCase::Send(None, &v)];
        assert_eq!(
            selectgo(g, &cases, true, || 0),
            Op::Ready(Ok(Selected::Default))
        );
        // A closed channel is ready with ok == false.
        b2.close().unwrap();
        let cases = [SelectCase::Recv(Some(&*a2)), SelectCase::Recv(Some(&*b2))];
        assert_eq!(
            selectgo(g, &cases, true, || -1),
            Op::Ready(Ok(Selected::Recv(1, -1, false)))
        );
        // Sending on a closed channel panics.
        let cases = [SelectCase::Send(Some(&*b2), &v)];
        assert_eq!(
            selectgo(g, &cases, false, || 0),
            Op::Ready(Err(ChanError::SendOnClosed))
        );
        Flow::Next
    })]);
    assert_eq!(run(&sched, main), 0);
}

#[test]
fn select_random_choice() {
    let sched = Sched::new(1);
    let a = Arc::new(Hchan::<i64>::new(1));
    let b = Arc::new(Hchan::<i64>::new(1));
    let counts = Arc::new(Mutex::new([0usize; 2]));
    let (a2, b2, cnt) = (a.clone(), b.clone(), counts.clone());
    let main = script(vec![step(move |g| {
        for _ in 0..1000 {
            for c in [&a2, &b2] {
                if c.is_empty() {
                    assert_eq!(c.send(g, 1), Op::Ready(Ok(())));
                }
            }
            let cases = [SelectCase::Recv(Some(&*a2)), SelectCase::Recv(Some(&*b2))];
            match selectgo(g, &cases, false, || 0) {
                Op::Ready(Ok(Selected::Recv(i, 1, true))) => cnt.lock().unwrap()[i] += 1,
                other => panic!("unexpected {other:?}"),
            }
        }
        Flow::Next
    })]);
    assert_eq!(run(&sched, main), 0);
    let c = *counts.lock().unwrap();
    assert_eq!(c[0] + c[1], 1000);
    // Uniform: each ~500; 300 is > 12 standard deviations away.
    assert!(c[0] > 300 && c[1] > 300, "biased choice {c:?}");
}

/// A select that blocks is woken by a send on one of its channels, and its
/// other sudogs are removed (a later send on the other channel must not be
/// swallowed by the stale entry).
#[test]
fn select_blocks_and_wakes() {
    for procs in [1, 2] {
        let sched = Sched::new(procs);
        let a = Arc::new(Hchan::<i64>::new(0));
        let b = Arc::new(Hchan::<i64>::new(0));
        let got: Log<String> = new_log();
        let slot = new_slot();
        let done = Arc::new(Hchan::<i64>::new(1));
        let (s, a2, b2, got2, sl, d) = (
            sched.clone(),
            a.clone(),
            b.clone(),
            got.clone(),
            slot.clone(),
            done.clone(),
        );
        let main = script(vec![
            step(move |_| {
                let (a3, b3, got3) = (a2.clone(), b2.clone(), got2.clone());
                *sl.lock().unwrap() = Some(s.spawn(script(vec![
                    step(move |g| {
                        let v = 5;
                        let cases = [
                            SelectCase::Recv(Some(&*a3)),
                            SelectCase::Send(Some(&*b3), &v),
                        ];
                        let r = ready!(selectgo(g, &cases, false, || 0)).unwrap();
                        got3.lock().unwrap().push(format!("{r:?}"));
                        Flow::Next
                    }),
                    send_step(&d, 1),
                ])));
                Flow::Next
            }),
            {
                let (s, sl) = (sched.clone(), slot.clone());
                wait_until(move || parked(&s, &sl, WaitReason::Select))
            },
            send_step(&a, 99),
            recv_step(&done, &new_log()),
            {
                let b = b.clone();
                step(move |_| {
                    // The select's sudog on b is gone: nobody waits there.
                    assert_eq!(b.try_send(1), TrySend::Full(1));
                    Flow::Next
                })
            },
        ]);
        assert_eq!(run(&sched, main), 0);
        assert_eq!(*got.lock().unwrap(), vec!["Recv(0, 99, true)".to_string()]);
    }
}

#[test]
fn nil_channel_blocks_forever() {
    let sched = Sched::new(2);
    let slot = new_slot();
    let (s, sl) = (sched.clone(), slot.clone());
    let main = script(vec![
        step(move |_| {
            *sl.lock().unwrap() = Some(s.spawn(script(vec![step(|g| {
                let _: () = ready!(park_forever(g, WaitReason::ChanSendNilChan));
                unreachable!("a nil-channel send never completes")
            })])));
            Flow::Next
        }),
        {
            let (s, sl) = (sched.clone(), slot.clone());
            wait_until(move || parked(&s, &sl, WaitReason::ChanSendNilChan))
        },
    ]);
    // main returns while the other goroutine is blocked: exit 0.
    assert_eq!(run(&sched, main), 0);
}

/// Captures the deadlock report instead of printing it.
fn capture_deadlock(sched: &Sched) -> Arc<Mutex<Option<String>>> {
    let rep = Arc::new(Mutex::new(None));
    let r = rep.clone();
    sched.set_deadlock_hook(Box::new(move |report| {
        *r.lock().unwrap() = Some(report.to_string());
    }));
    rep
}

#[test]
fn deadlock_detected_with_reasons() {
    let sched = Sched::new(2);
    let rep = capture_deadlock(&sched);
    let a = Arc::new(Hchan::<i64>::new(0));
    let b = Arc::new(Hchan::<i64>::new(0));
    let (s, b2) = (sched.clone(), b.clone());
    let main = script(vec![
        step(move |_| {
            s.spawn(script(vec![send_step(&b2, 1)]));
            s.spawn(script(vec![step(|g| {
                let cases: [SelectCase<'_, i64>; 0] = [];
                let _ = ready!(selectgo(g, &cases, false, || 0));
                Flow::Next
            })]));
            s.spawn(script(vec![step(|g| {
                let _: () = ready!(park_forever(g, WaitReason::ChanReceiveNilChan));
                Flow::Next
            })]));
            Flow::Next
        }),
        recv_step(&a, &new_log()),
    ]);
    assert_eq!(run(&sched, main), 2);
    let text = rep.lock().unwrap().clone().expect("a report");
    assert_eq!(
        text,
        "fatal error: all goroutines are asleep - deadlock!\n\
         \n\
         goroutine 1 [chan receive]:\n\
         script.step1()\n\
         \n\
         goroutine 6 [chan send]:\n\
         script.step0()\n\
         \n\
         goroutine 7 [select (no cases)]:\n\
         script.step0()\n\
         \n\
         goroutine 8 [chan receive (nil chan)]:\n\
         script.step0()\n"
    );
}

/// main waits on a channel that only a timer callback will send on: a
/// pending timer means no deadlock.
#[test]
fn no_false_deadlock_with_pending_timer() {
    let sched = Sched::new(2);
    let rep = capture_deadlock(&sched);
    let ch = Arc::new(Hchan::<i64>::new(1));
    let (s, c) = (sched.clone(), ch.clone());
    let main = script(vec![
        step(move |_| {
            let c = c.clone();
            s.add_timer(
                Instant::now() + Duration::from_millis(30),
                None,
                Box::new(move || {
                    let _ = c.try_send(1);
                }),
            );
            Flow::Next
        }),
        recv_step(&ch, &new_log()),
    ]);
    assert_eq!(run(&sched, main), 0);
    assert!(rep.lock().unwrap().is_none());
}

/// A goroutine sleeping while main blocks on it: no deadlock either.
#[test]
fn no_false_deadlock_with_sleeper() {
    let sched = Sched::new(1);
    let rep = capture_deadlock(&sched);
    let ch = Arc::new(Hchan::<i64>::new(0));
    let (s, c) = (sched.clone(), ch.clone());
    let main = script(vec![
        step(move |_| {
            let s2 = s.clone();
            s.spawn(script(vec![
                step(move |g| s2.sleep(g, Duration::from_millis(20)).into()),
                send_step(&c, 1),
            ]));
            Flow::Next
        }),
        recv_step(&ch, &new_log()),
    ]);
    assert_eq!(run(&sched, main), 0);
    assert!(rep.lock().unwrap().is_none());
}

/// Sleepers wake in deadline order. With one P the order they *run* in is
/// then fully determined, even if the machine is so loaded that several
/// timers fire in one batch (they are queued FIFO in deadline order).
#[test]
fn sleep_ordering() {
    let sched = Sched::new(1);
    let order: Log<u64> = new_log();
    let done = Arc::new(Hchan::<i64>::new(5));
    let (s, o, d) = (sched.clone(), order.clone(), done.clone());
    let main = script(vec![
        step(move |_| {
            for ms in [50u64, 10, 40, 20, 30] {
                let (s2, o2) = (s.clone(), o.clone());
                s.spawn(script(vec![
                    step(move |g| s2.sleep(g, Duration::from_millis(ms)).into()),
                    step(move |_| {
                        o2.lock().unwrap().push(ms);
                        Flow::Next
                    }),
                    send_step(&d, 1),
                ]));
            }
            Flow::Next
        }),
        recv_step(&done, &new_log()),
        recv_step(&done, &new_log()),
        recv_step(&done, &new_log()),
        recv_step(&done, &new_log()),
        recv_step(&done, &new_log()),
    ]);
    let t0 = Instant::now();
    assert_eq!(run(&sched, main), 0);
    assert!(t0.elapsed() >= Duration::from_millis(50));
    assert_eq!(*order.lock().unwrap(), vec![10, 20, 30, 40, 50]);
}

#[test]
fn zero_sleep_returns_at_once() {
    let sched = Sched::new(1);
    let s = sched.clone();
    let main = script(vec![step(move |g| {
        assert_eq!(s.sleep(g, Duration::ZERO), Op::Ready(()));
        Flow::Next
    })]);
    assert_eq!(run(&sched, main), 0);
}

#[test]
fn timer_stop_and_reset() {
    let sched = Sched::new(2);
    let fired = Arc::new(AtomicUsize::new(0));
    let ch = Arc::new(Hchan::<i64>::new(1));
    let (s, f, c) = (sched.clone(), fired.clone(), ch.clone());
    let main = script(vec![
        step(move |_| {
            let far = Instant::now() + Duration::from_secs(3600);
            let f2 = f.clone();
            let t = s.add_timer(
                far,
                None,
                Box::new(move || {
                    f2.fetch_add(1, Ordering::SeqCst);
                }),
            );
            assert_eq!(s.pending_timers(), 1);
            assert!(s.stop_timer(&t), "stop of a pending timer");
            assert!(!s.stop_timer(&t), "second stop");
            assert_eq!(s.pending_timers(), 0);
            // Reset re-arms a stopped timer (returns false: not pending).
            let c2 = c.clone();
            let t2 = s.add_timer(
                far,
                None,
                Box::new(move || {
                    let _ = c2.try_send(2);
                }),
            );
            assert!(s.reset_timer(&t2, far, None), "reset of a pending timer");
            assert!(!s.reset_timer(&t, Instant::now(), None));
            assert!(s.reset_timer(&t2, Instant::now() + Duration::from_millis(5), None));
            Flow::Next
        }),
        // t2 fires into the channel.
        recv_step(&ch, &new_log()),
        {
            let f = fired.clone();
            wait_until(move || f.load(Ordering::SeqCst) == 1)
        },
    ]);
    assert_eq!(run(&sched, main), 0);
    assert_eq!(fired.load(Ordering::SeqCst), 1);
    assert_eq!(sched.pending_timers(), 0);
}

/// Go 1.23 timer channels: after stop + drain, no stale tick is received.
#[test]
fn ticker_and_stale_values() {
    let sched = Sched::new(2);
    let ch = Arc::new(Hchan::<i64>::new(1));
    let ticks = Arc::new(AtomicUsize::new(0));
    let handle: Arc<Mutex<Option<TimerHandle>>> = Arc::new(Mutex::new(None));
    let (s, c, tk, h) = (sched.clone(), ch.clone(), ticks.clone(), handle.clone());
    let main = script(vec![
        step(move |_| {
            let (c2, tk2) = (c.clone(), tk.clone());
            let t = s.add_timer(
                Instant::now() + Duration::from_millis(2),
                Some(Duration::from_millis(2)),
                Box::new(move || {
                    tk2.fetch_add(1, Ordering::SeqCst);
                    let _ = c2.try_send(1);
                }),
            );
            *h.lock().unwrap() = Some(t);
            Flow::Next
        }),
        recv_step(&ch, &new_log()),
        recv_step(&ch, &new_log()),
        recv_step(&ch, &new_log()),
        {
            let (s, c, h) = (sched.clone(), ch.clone(), handle.clone());
            step(move |_| {
                let t = h.lock().unwrap().clone().unwrap();
                assert!(s.stop_timer(&t));
                c.drain();
                assert!(c.is_empty());
                Flow::Next
            })
        },
    ]);
    assert_eq!(run(&sched, main), 0);
    assert!(ticks.load(Ordering::SeqCst) >= 3);
    assert!(ch.is_empty(), "no tick after stop");
    assert_eq!(sched.pending_timers(), 0);
}

/// A busy goroutine that only ever yields (budget exhausted) cannot starve
/// another one, even with one P.
#[test]
fn preemption_prevents_starvation() {
    let sched = Sched::new(1);
    let flag = Arc::new(AtomicBool::new(false));
    let done = Arc::new(Hchan::<i64>::new(1));
    let (s, f, d) = (sched.clone(), flag.clone(), done.clone());
    let main = script(vec![
        step(move |_| {
            let (f2, d2) = (f.clone(), d.clone());
            let deadline = Instant::now() + Duration::from_secs(20);
            // The busy loop: burns its budget, yields, until the flag is set.
            s.spawn(script(vec![
                step(move |_| {
                    if f2.load(Ordering::SeqCst) {
                        return Flow::Next;
                    }
                    assert!(Instant::now() < deadline, "starved");
                    Flow::Yield
                }),
                send_step(&d2, 1),
            ]));
            let f3 = f.clone();
            s.spawn(script(vec![step(move |_| {
                f3.store(true, Ordering::SeqCst);
                Flow::Next
            })]));
            Flow::Next
        }),
        recv_step(&done, &new_log()),
    ]);
    assert_eq!(run(&sched, main), 0);
}

#[test]
fn goroutine_exit_code() {
    let sched = Sched::new(2);
    let s = sched.clone();
    let main = script(vec![
        step(move |_| {
            s.spawn(script(vec![step(|_| Flow::Exit(3))]));
            Flow::Next
        }),
        step(|g| park_forever::<()>(g, WaitReason::SelectNoCases).into()),
    ]);
    assert_eq!(run(&sched, main), 3);
}

#[test]
fn gomaxprocs_change_while_running() {
    let sched = Sched::new(2);
    let done = Arc::new(Hchan::<i64>::new(0));
    let total = Arc::new(AtomicUsize::new(0));

    fn spawn_workers(s: &Sched, n: usize, d: &Arc<Hchan<i64>>, t: &Arc<AtomicUsize>) {
        for _ in 0..n {
            let (t2, mut k) = (t.clone(), 0);
            s.spawn(script(vec![
                step(move |_| {
                    k += 1;
                    if k < 5 {
                        Flow::Yield
                    } else {
                        t2.fetch_add(1, Ordering::SeqCst);
                        Flow::Next
                    }
                }),
                send_step(d, 1),
            ]));
        }
    }

    let mut steps = Vec::new();
    {
        let (s, d, t) = (sched.clone(), done.clone(), total.clone());
        steps.push(step(move |_| {
            assert_eq!(s.gomaxprocs(20), 2);
            assert_eq!(s.gomaxprocs(0), 20);
            spawn_workers(&s, 40, &d, &t);
            Flow::Next
        }));
    }
    for _ in 0..40 {
        steps.push(recv_step(&done, &new_log()));
    }
    {
        let (s, d, t) = (sched.clone(), done.clone(), total.clone());
        steps.push(step(move |_| {
            assert_eq!(s.gomaxprocs(1), 20);
            spawn_workers(&s, 40, &d, &t);
            Flow::Next
        }));
    }
    for _ in 0..40 {
        steps.push(recv_step(&done, &new_log()));
    }
    {
        let s = sched.clone();
        steps.push(step(move |_| {
            assert_eq!(s.gomaxprocs(3), 1);
            Flow::Next
        }));
    }
    assert_eq!(run(&sched, script(steps)), 0);
    assert_eq!(total.load(Ordering::SeqCst), 80);
    let st = sched.stats();
    assert_eq!(st.gomaxprocs, 3);
    assert!(st.procs.len() >= 20, "20 Ps were created");
}

/// 10,000 goroutines: a feeder, workers and main exchange messages; every
/// message arrives exactly once, under GOMAXPROCS 1, 2 and 8.
#[test]
fn stress_10000_goroutines() {
    const N: i64 = 10_000;
    for procs in [1, 2, 8] {
        let sched = Sched::new(procs);
        let jobs = Arc::new(Hchan::<i64>::new(16));
        let results = Arc::new(Hchan::<i64>::new(0));
        let seen = Arc::new(Mutex::new(HashSet::new()));
        let (s, j, r) = (sched.clone(), jobs.clone(), results.clone());
        let mut received = 0;
        let seen2 = seen.clone();
        let main = script(vec![
            step(move |_| {
                for _ in 0..N {
                    let (j2, r2) = (j.clone(), r.clone());
                    let mut job = None;
                    s.spawn(script(vec![step(move |g| {
                        if job.is_none() {
                            let (v, ok) = ready!(j2.recv(g, || -1));
                            assert!(ok);
                            job = Some(v);
                        }
                        ready!(r2.send(g, job.unwrap() * 2)).unwrap();
                        Flow::Next
                    })]));
                }
                let j3 = j.clone();
                let mut next = 0;
                s.spawn(script(vec![step(move |g| {
                    while next < N {
                        ready!(j3.send(g, next)).unwrap();
                        next += 1;
                    }
                    Flow::Next
                })]));
                Flow::Next
            }),
            {
                let r = results.clone();
                step(move |g| {
                    while received < N {
                        let (v, ok) = ready!(r.recv(g, || -1));
                        assert!(ok);
                        assert!(seen2.lock().unwrap().insert(v), "duplicate {v}");
                        received += 1;
                    }
                    Flow::Next
                })
            },
        ]);
        assert_eq!(run(&sched, main), 0, "procs={procs}");
        let seen = seen.lock().unwrap();
        assert_eq!(seen.len(), N as usize);
        assert!((0..N).all(|i| seen.contains(&(i * 2))), "lost a message");
    }
}

/// With GOMAXPROCS=2, CPU-bound goroutines run on two Ms (by the
/// scheduler's own counters).
#[test]
fn runs_on_more_than_one_m() {
    let sched = Sched::new(2);
    let done = Arc::new(Hchan::<i64>::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let (s, d, st) = (sched.clone(), done.clone(), stop.clone());
    let mut steps = vec![step(move |_| {
        for _ in 0..4 {
            let (d2, st2) = (d.clone(), st.clone());
            s.spawn(script(vec![
                step(move |_| {
                    // Busy for a while, yielding like a preempted loop.
                    if st2.load(Ordering::SeqCst) {
                        Flow::Next
                    } else {
                        let t = Instant::now();
                        while t.elapsed() < Duration::from_micros(200) {}
                        Flow::Yield
                    }
                }),
                send_step(&d2, 1),
            ]));
        }
        Flow::Next
    })];
    {
        let (s, st) = (sched.clone(), stop.clone());
        let deadline = Instant::now() + Duration::from_secs(20);
        steps.push(wait_until(move || {
            let busy_ms = s.stats().ms.iter().filter(|m| m.runs > 0).count();
            if busy_ms >= 2 || Instant::now() > deadline {
                st.store(true, Ordering::SeqCst);
                true
            } else {
                false
            }
        }));
    }
    for _ in 0..4 {
        steps.push(recv_step(&done, &new_log()));
    }
    assert_eq!(run(&sched, script(steps)), 0);
    let stats = sched.stats();
    let ms: Vec<_> = stats.ms.iter().filter(|m| m.runs > 0).collect();
    assert!(ms.len() >= 2, "only one M ran goroutines: {stats:?}");
    let threads: HashSet<_> = ms.iter().map(|m| m.thread).collect();
    assert!(threads.len() >= 2);
}

/// An idle program does not spin: across a 300 ms sleep the Ms go through
/// only a handful of scheduling rounds.
#[test]
fn idle_program_does_not_spin() {
    let sched = Sched::new(2);
    let s = sched.clone();
    let main = script(vec![step(move |g| {
        s.sleep(g, Duration::from_millis(300)).into()
    })]);
    assert_eq!(run(&sched, main), 0);
    let ticks: u64 = sched.stats().procs.iter().map(|p| p.schedticks).sum();
    assert!(ticks < 50, "{ticks} scheduling rounds while idle");
}

/// `block_current_m`: an operation that cannot return Park to the
/// scheduler blocks the M; the P goes to another M, so the sender can run
/// even with GOMAXPROCS=1.
#[test]
fn block_current_m_hands_off_p() {
    let sched = Sched::new(1);
    let ch = Arc::new(Hchan::<i64>::new(0));
    let (s, c) = (sched.clone(), ch.clone());
    let got = Arc::new(Mutex::new(None));
    let got2 = got.clone();
    let main = script(vec![step(move |g| {
        let c2 = c.clone();
        s.spawn(script(vec![send_step(&c2, 77)]));
        // A "nested call" that must block right here.
        let r = loop {
            match c.recv(g, || 0) {
                Op::Ready(r) => break r,
                Op::Park => assert!(s.block_current_m(g)),
            }
        };
        *got2.lock().unwrap() = Some(r);
        Flow::Next
    })]);
    assert_eq!(run(&sched, main), 0);
    assert_eq!(*got.lock().unwrap(), Some((77, true)));
}

/// A goroutine blocked with its M still counts as blocked for the
/// deadlock detector.
#[test]
fn deadlock_detected_with_blocked_m() {
    let sched = Sched::new(2);
    let rep = capture_deadlock(&sched);
    let ch = Arc::new(Hchan::<i64>::new(0));
    let (s, c) = (sched.clone(), ch.clone());
    let main = script(vec![step(move |g| {
        loop {
            match c.recv(g, || 0) {
                Op::Ready(_) => unreachable!(),
                Op::Park => {
                    if !s.block_current_m(g) {
                        return Flow::Exit(99);
                    }
                }
            }
        }
    })]);
    assert_eq!(run(&sched, main), 2);
    let text = rep.lock().unwrap().clone().expect("a report");
    assert!(text.contains("goroutine 1 [chan receive]:"), "{text}");
}

/// A native blocking call releases the P (others run meanwhile) and keeps
/// the deadlock detector quiet.
#[test]
fn syscall_releases_p() {
    let sched = Sched::new(1);
    let rep = capture_deadlock(&sched);
    let ch = Arc::new(Hchan::<i64>::new(0));
    let progressed = Arc::new(AtomicBool::new(false));
    let (s, c, p) = (sched.clone(), ch.clone(), progressed.clone());
    let main = script(vec![
        step(move |_| {
            let (s2, c2, p2) = (s.clone(), c.clone(), p.clone());
            s.spawn(script(vec![
                step(move |_| {
                    // Blocks the OS thread until main has run (with our P).
                    let deadline = Instant::now() + Duration::from_secs(20);
                    s2.syscall(|| {
                        while !p2.load(Ordering::SeqCst) && Instant::now() < deadline {
                            std::thread::sleep(Duration::from_millis(1));
                        }
                    });
                    Flow::Next
                }),
                send_step(&c2, 5),
            ]));
            Flow::Next
        }),
        // Yield once, so the spawned goroutine runs and enters its call.
        {
            let mut yielded = false;
            step(move |_| {
                if yielded {
                    Flow::Next
                } else {
                    yielded = true;
                    Flow::Yield
                }
            })
        },
        {
            let p = progressed.clone();
            step(move |_| {
                p.store(true, Ordering::SeqCst);
                Flow::Next
            })
        },
        recv_step(&ch, &new_log()),
    ]);
    assert_eq!(run(&sched, main), 0);
    assert!(rep.lock().unwrap().is_none());
}

#[test]
fn num_goroutine_counts_live_ones() {
    let sched = Sched::new(2);
    let ch = Arc::new(Hchan::<i64>::new(0));
    let (s, c) = (sched.clone(), ch.clone());
    let main = script(vec![
        step(move |_| {
            for _ in 0..10 {
                s.spawn(script(vec![recv_step(&c, &new_log())]));
            }
            assert_eq!(s.num_goroutine(), 11);
            Flow::Next
        }),
        {
            let c = ch.clone();
            step(move |g| {
                ready!(c.send(g, 1)).unwrap();
                Flow::Next
            })
        },
        {
            let s = sched.clone();
            wait_until(move || s.num_goroutine() == 10)
        },
    ]);
    assert_eq!(run(&sched, main), 0);
}

#[test]
fn schedtrace_format() {
    assert_eq!(trace::parse_schedtrace("gctrace=1,schedtrace=1000"), 1000);
    assert_eq!(trace::parse_schedtrace("gctrace=1"), 0);
    let sched = Sched::new(2);
    let line = trace::format_schedtrace(1000, &sched.stats());
    assert_eq!(
        line,
        "SCHED 1000ms: gomaxprocs=2 idleprocs=2 threads=2 spinningthreads=0 needspinning=0 \
         idlethreads=0 runqueue=0 [ 0 0 ] schedticks=[ 0 0 ]"
    );
}

#[test]
fn g_is_small() {
    // 72 bytes on 64-bit targets (plus the Arc's two counters).
    println!("size_of::<G>() = {}", std::mem::size_of::<G>());
    assert!(
        std::mem::size_of::<G>() <= 96,
        "G is {} bytes",
        std::mem::size_of::<G>()
    );
}

/// Throughput numbers (release only): `cargo test --release --test runtime
/// -- --ignored --nocapture bench`.
#[test]
#[ignore]
fn bench_runtime() {
    for procs in [1, 2] {
        // Ping-pong over two unbuffered channels.
        const ROUNDS: i64 = 200_000;
        let sched = Sched::new(procs);
        let ping = Arc::new(Hchan::<i64>::new(0));
        let pong = Arc::new(Hchan::<i64>::new(0));
        let (s, pi, po) = (sched.clone(), ping.clone(), pong.clone());
        let mut i = 0;
        let mut sent = false;
        let main = script(vec![
            step(move |_| {
                let (pi2, po2) = (pi.clone(), po.clone());
                let mut got = None;
                s.spawn(script(vec![step(move |g| {
                    loop {
                        if got.is_none() {
                            let (v, ok) = ready!(pi2.recv(g, || 0));
                            if !ok {
                                return Flow::Next;
                            }
                            got = Some(v);
                        }
                        ready!(po2.send(g, got.unwrap() + 1)).unwrap();
                        got = None;
                    }
                })]));
                Flow::Next
            }),
            step(move |g| {
                while i < ROUNDS {
                    if !sent {
                        ready!(ping.send(g, i)).unwrap();
                        sent = true;
                    }
                    let (v, _) = ready!(pong.recv(g, || 0));
                    assert_eq!(v, i + 1);
                    sent = false;
                    i += 1;
                }
                ping.close().unwrap();
                Flow::Next
            }),
        ]);
        let t = Instant::now();
        assert_eq!(run(&sched, main), 0);
        let el = t.elapsed();
        println!(
            "procs={procs} ping-pong: {:.0} ns/round trip",
            el.as_nanos() as f64 / ROUNDS as f64
        );

        // Spawn N goroutines that each send once; main receives N.
        const N: i64 = 100_000;
        let sched = Sched::new(procs);
        let ch = Arc::new(Hchan::<i64>::new(1024));
        let (s, c) = (sched.clone(), ch.clone());
        let mut got = 0;
        let main = script(vec![
            step(move |_| {
                for k in 0..N {
                    s.spawn(script(vec![send_step(&c, k)]));
                }
                Flow::Next
            }),
            step(move |g| {
                while got < N {
                    let _ = ready!(ch.recv(g, || 0));
                    got += 1;
                }
                Flow::Next
            }),
        ]);
        let t = Instant::now();
        assert_eq!(run(&sched, main), 0);
        let el = t.elapsed();
        println!(
            "procs={procs} spawn+send+exit: {:.0} ns/goroutine",
            el.as_nanos() as f64 / N as f64
        );
    }
}

/// A mutex built on `Sema`: 50 goroutines × 20 increments of a counter
/// whose read-modify-write yields in the middle; no update is lost, and a
/// blocked locker waits with `sync.Mutex.Lock`.
#[test]
fn sema_as_mutex() {
    for procs in [1, 2] {
        let sched = Sched::new(procs);
        let mu = Arc::new(Sema::new(1));
        let counter = Arc::new(AtomicUsize::new(0));
        let done = Arc::new(Hchan::<i64>::new(50));
        let (s, m, c, d) = (sched.clone(), mu.clone(), counter.clone(), done.clone());
        let mut steps = vec![step(move |_| {
            for _ in 0..50 {
                let (m, c) = (m.clone(), c.clone());
                let (mut k, mut phase, mut seen) = (0, 0, 0);
                s.spawn(script(vec![
                    step(move |g| {
                        while k < 20 {
                            match phase {
                                0 => {
                                    ready!(m.acquire(g, WaitReason::SyncMutexLock));
                                    seen = c.load(Ordering::SeqCst);
                                    phase = 1;
                                    return Flow::Yield; // hold the lock across a yield
                                }
                                _ => {
                                    c.store(seen + 1, Ordering::SeqCst);
                                    m.release();
                                    phase = 0;
                                    k += 1;
                                }
                            }
                        }
                        Flow::Next
                    }),
                    send_step(&d, 1),
                ]));
            }
            Flow::Next
        })];
        for _ in 0..50 {
            steps.push(recv_step(&done, &new_log()));
        }
        assert_eq!(run(&sched, script(steps)), 0);
        assert_eq!(counter.load(Ordering::SeqCst), 1000, "procs={procs}");
        assert_eq!(mu.available(), 1);
    }
}

/// `NotifyList`: a notification between `add` and `wait` is not lost;
/// `notify_all` wakes everyone.
#[test]
fn notify_list_signal_and_broadcast() {
    let sched = Sched::new(2);
    let nl = Arc::new(NotifyList::new());
    let done = Arc::new(Hchan::<i64>::new(4));
    let (s, n, d) = (sched.clone(), nl.clone(), done.clone());
    let waiters: Vec<_> = (0..3).map(|_| new_slot()).collect();
    let w2 = waiters.clone();
    let mut steps = vec![step(move |_| {
        // A ticket notified before its wait: returns at once.
        let t = n.add();
        n.notify_one();
        for slot in &w2 {
            let (n, d) = (n.clone(), d.clone());
            let mut ticket = None;
            *slot.lock().unwrap() = Some(s.spawn(script(vec![
                step(move |g| {
                    let t = *ticket.get_or_insert_with(|| n.add());
                    ready!(n.wait(g, t));
                    Flow::Next
                }),
                send_step(&d, 1),
            ])));
        }
        let n2 = n.clone();
        s.spawn(script(vec![step(move |g| {
            ready!(n2.wait(g, t));
            Flow::Next
        })]));
        Flow::Next
    })];
    for slot in waiters {
        let s = sched.clone();
        steps.push(wait_until(move || {
            parked(&s, &slot, WaitReason::SyncCondWait)
        }));
    }
    {
        let n = nl.clone();
        steps.push(step(move |_| {
            n.notify_one();
            Flow::Next
        }));
    }
    steps.push(recv_step(&done, &new_log()));
    {
        let n = nl.clone();
        steps.push(step(move |_| {
            n.notify_all();
            Flow::Next
        }));
    }
    steps.push(recv_step(&done, &new_log()));
    steps.push(recv_step(&done, &new_log()));
    assert_eq!(run(&sched, script(steps)), 0);
}

/// main's `runtime.Goexit` (Done): the others run on; when none is left,
/// Go's "no goroutines" deadlock.
#[test]
fn main_goexit() {
    let sched = Sched::new(2);
    let rep = capture_deadlock(&sched);
    let ran = Arc::new(AtomicBool::new(false));
    let (s, r) = (sched.clone(), ran.clone());
    struct GoexitMain(Option<Box<dyn FnOnce() + Send>>);
    impl Task for GoexitMain {
        fn run(&mut self, _g: &Arc<G>, _budget: u32) -> RunExit {
            if let Some(f) = self.0.take() {
                f();
            }
            RunExit::Done
        }
    }
    let main = Box::new(GoexitMain(Some(Box::new(move || {
        let s2 = s.clone();
        s.spawn(script(vec![
            step(move |g| s2.sleep(g, Duration::from_millis(10)).into()),
            step(move |_| {
                r.store(true, Ordering::SeqCst);
                Flow::Next
            }),
        ]));
    }))));
    assert_eq!(run(&sched, main), 2);
    assert!(
        ran.load(Ordering::SeqCst),
        "the other goroutine ran to the end"
    );
    assert_eq!(
        rep.lock().unwrap().clone().unwrap(),
        "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n"
    );
}
