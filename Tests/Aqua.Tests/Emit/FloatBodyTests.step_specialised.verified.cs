private static Value F0_step_T(AquaList l0, AquaList l1, long l2, double l3, int depth)
    {
        if (D0) return F0_step(Value.Object(l0), Value.Object(l1), Value.Int(l2), Value.Float(l3));
        Host.Enter(depth);
        Num l4 = default;
        Value l5 = default;
        double l6 = 0.0;
        double l7 = 0.0;
        Value s0 = default, s1 = default, s2 = default, s3 = default, s4 = default, s5 = default, s6 = default;
        long s1i = 0L, s2i = 0L, s3i = 0L, s4i = 0L, s5i = 0L, s6i = 0L;
        double s0f = 0.0, s1f = 0.0, s2f = 0.0, s3f = 0.0, s4f = 0.0, s5f = 0.0;
        Num s0n = default, s1n = default, s2n = default, s3n = default, s4n = default, s5n = default;
        AquaList s1l = null, s2l = null, s3l = null, s5l = null;
        RangeCursor c5 = default;
        int pc = 0;
        int exitAt = 0;
        try
        {
            s0f = 0d;
            l4 = Num.Float(s0f);
            s0 = K1;
            s1i = l2;
            pc = 4; s1 = Value.Int(s1i); c5 = RangeCursor.Start(s1); if (!c5.IsSmall) { pc = -1; exitAt = 6; l2 = default; l5 = default; l6 = default; l7 = default; s0 = default; s1 = default; s2 = default; s3 = default; s4 = default; s5 = default; s6 = default; goto Exit; }
            while (c5.MoveNext(out s1i))
            {
                if (l0?.FloatsOnly(2) is { } f8_0 && (uint)1 < (uint)f8_0.Length && l1?.FloatsOnly(2) is { } f8_1 && (uint)1 < (uint)f8_1.Length)
                {
                    double x8_0 = f8_0[0];
                    double x8_1 = f8_1[0];
                    double x8_2 = x8_0 - x8_1;
                    double x8_3 = x8_2;
                    double x8_4 = x8_3 * x8_3;
                    double x8_5 = x8_4 + 1d;
                    double x8_6 = x8_5;
                    double x8_7 = l3;
                    pc = 26; double x8_8 = Typed.PowHalf(x8_6);
                    double x8_9 = x8_6 * x8_8;
                    pc = 28; double x8_10 = x8_9 != 0.0 ? x8_7 / x8_9 : Typed.DivisionByZero();
                    double x8_11 = x8_10;
                    double x8_12 = f8_0[1];
                    double x8_13 = x8_3 * x8_11;
                    double x8_14 = x8_12 - x8_13;
                    f8_0[1] = x8_14;
                    double x8_15 = f8_1[1];
                    double x8_16 = x8_3 * x8_11;
                    double x8_17 = x8_16 * 2d;
                    double x8_18 = x8_15 + x8_17;
                    f8_1[1] = x8_18;
                    double x8_19 = f8_0[0];
                    double x8_20 = l3;
                    double x8_21 = f8_0[1];
                    double x8_22 = x8_20 * x8_21;
                    double x8_23 = x8_19 + x8_22;
                    f8_0[0] = x8_23;
                    double x8_24 = f8_1[0];
                    double x8_25 = l3;
                    double x8_26 = f8_1[1];
                    double x8_27 = x8_25 * x8_26;
                    double x8_28 = x8_24 + x8_27;
                    f8_1[0] = x8_28;
                    l4 = Num.Float(x8_3);
                    l6 = x8_6;
                    l7 = x8_11;
                }
                else
                {
                    s1l = l0;
                    s2i = 0L;
                    if (!TypedItems.TryGetNum(s1l, s2i, out s1n)) { pc = 10; s1 = TypedItems.General(ColdBox.Object(s1l), s2i); { pc = -1; exitAt = 11; l2 = default; l5 = default; l6 = default; l7 = default; s2 = default; s3 = default; s4 = default; s5 = default; s6 = default; goto Exit; } }
                    s2l = l1;
                    s3i = 0L;
                    if (!TypedItems.TryGetNum(s2l, s3i, out s2n)) { pc = 13; s2 = TypedItems.General(ColdBox.Object(s2l), s3i); { pc = -1; exitAt = 14; l2 = default; l5 = default; l6 = default; l7 = default; s1 = ColdBox.Num(s1n); s3 = default; s4 = default; s5 = default; s6 = default; goto Exit; } }
                    { if (!(Num.TrySub(s1n, s2n, out Num r))) { pc = -1; exitAt = 14; l2 = default; l5 = default; l6 = default; l7 = default; s1 = ColdBox.Num(s1n); s2 = ColdBox.Num(s2n); s3 = default; s4 = default; s5 = default; s6 = default; goto Exit; } s1n = r; }
                    l4 = s1n;
                    s1n = l4;
                    s2n = l4;
                    { if (!(Num.TryMul(s1n, s2n, out Num r))) { pc = -1; exitAt = 18; l2 = default; l5 = default; l6 = default; l7 = default; s1 = ColdBox.Num(s1n); s2 = ColdBox.Num(s2n); s3 = default; s4 = default; s5 = default; s6 = default; goto Exit; } s1n = r; }
                    s2f = 1d;
                    s1f = s1n.V + s2f;
                    l6 = s1f;
                    s1f = l3;
                    s2f = l6;
                    s3f = l6;
                    s4f = 0.5d;
                    pc = 26; s3f = Typed.PowHalf(s3f);
                    s2f = s2f * s3f;
                    pc = 28; s1f = s2f != 0.0 ? s1f / s2f : Typed.DivisionByZero();
                    l7 = s1f;
                    s1l = l0;
                    s2i = 1L;
                    s3l = l0;
                    s4i = 1L;
                    if (!TypedItems.TryGetNum(s3l, s4i, out s3n)) { pc = 34; s3 = TypedItems.General(ColdBox.Object(s3l), s4i); { pc = -1; exitAt = 35; l2 = default; l5 = default; l6 = default; s1 = ColdBox.Object(s1l); s2 = ColdBox.Int(s2i); s4 = default; s5 = default; s6 = default; goto Exit; } }
                    s4n = l4;
                    s5f = l7;
                    s4f = s4n.V * s5f;
                    s3f = s3n.V - s4f;
                    pc = 39; TypedItems.SetFloat(s1l, s2i, s3f);
                    s1l = l1;
                    s2i = 1L;
                    s3l = l1;
                    s4i = 1L;
                    if (!TypedItems.TryGetNum(s3l, s4i, out s3n)) { pc = 44; s3 = TypedItems.General(ColdBox.Object(s3l), s4i); { pc = -1; exitAt = 45; l2 = default; l5 = default; l6 = default; s1 = ColdBox.Object(s1l); s2 = ColdBox.Int(s2i); s4 = default; s5 = default; s6 = default; goto Exit; } }
                    s4n = l4;
                    s5f = l7;
                    s4f = s4n.V * s5f;
                    s5i = 2L;
                    s4f = s4f * (double)s5i;
                    s3f = s3n.V + s4f;
                    pc = 51; TypedItems.SetFloat(s1l, s2i, s3f);
                    s1l = l0;
                    s2i = 0L;
                    s3l = l0;
                    s4i = 0L;
                    if (!TypedItems.TryGetNum(s3l, s4i, out s3n)) { pc = 56; s3 = TypedItems.General(ColdBox.Object(s3l), s4i); { pc = -1; exitAt = 57; l2 = default; l5 = default; l6 = default; l7 = default; s1 = ColdBox.Object(s1l); s2 = ColdBox.Int(s2i); s4 = default; s5 = default; s6 = default; goto Exit; } }
                    s4f = l3;
                    s5l = l0;
                    s6i = 1L;
                    if (!TypedItems.TryGetNum(s5l, s6i, out s5n)) { pc = 60; s5 = TypedItems.General(ColdBox.Object(s5l), s6i); { pc = -1; exitAt = 61; l2 = default; l5 = default; l6 = default; l7 = default; s1 = ColdBox.Object(s1l); s2 = ColdBox.Int(s2i); s3 = ColdBox.Num(s3n); s4 = ColdBox.Float(s4f); s6 = default; goto Exit; } }
                    s4f = s4f * s5n.V;
                    s3f = s3n.V + s4f;
                    pc = 63; TypedItems.SetFloat(s1l, s2i, s3f);
                    s1l = l1;
                    s2i = 0L;
                    s3l = l1;
                    s4i = 0L;
                    if (!TypedItems.TryGetNum(s3l, s4i, out s3n)) { pc = 68; s3 = TypedItems.General(ColdBox.Object(s3l), s4i); { pc = -1; exitAt = 69; l2 = default; l5 = default; l6 = default; l7 = default; s1 = ColdBox.Object(s1l); s2 = ColdBox.Int(s2i); s4 = default; s5 = default; s6 = default; goto Exit; } }
                    s4f = l3;
                    s5l = l1;
                    s6i = 1L;
                    if (!TypedItems.TryGetNum(s5l, s6i, out s5n)) { pc = 72; s5 = TypedItems.General(ColdBox.Object(s5l), s6i); { pc = -1; exitAt = 73; l2 = default; l5 = default; l6 = default; l7 = default; s1 = ColdBox.Object(s1l); s2 = ColdBox.Int(s2i); s3 = ColdBox.Num(s3n); s4 = ColdBox.Float(s4f); s6 = default; goto Exit; } }
                    s4f = s4f * s5n.V;
                    s3f = s3n.V + s4f;
                    pc = 75; TypedItems.SetFloat(s1l, s2i, s3f);
                }
            }
            s0n = l4;
            return Host.Leave(s0n.ToValue(), depth);
            Exit: return F0_step_X(exitAt, l0, l1, l2, l3, l4, l5, l6, l7, default, default, default, default, s0, s1, s2, s3, s4, s5, s6, c5);
        }
        catch (AquaError e) when (pc >= 0 && e.AddFrame("step", pc))
        {
            throw;
        }