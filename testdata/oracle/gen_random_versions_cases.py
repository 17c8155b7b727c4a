# Writes random sequences on other machine versions and topologies (APIC-ID
# gaps, dies, pseries 2.7 to 6.1): the own-rnd3-* cases of own_hotplug_cases.jsonl.
import json, random
X86M=["pc","q35","pc-i440fx-2.6","pc-i440fx-6.1","pc-q35-2.7","pc-q35-7.1","pc-i440fx-4.2"]
X86T=["4,maxcpus=9,sockets=3,cores=3,threads=1","2,maxcpus=12,sockets=2,dies=2,cores=3,threads=1","1,maxcpus=6","3,maxcpus=8,sockets=2,cores=2,threads=2"]
PM=["pseries","pseries-2.7","pseries-6.1","pseries-4.2","pseries-3.1"]
def x86(r, base, apics):
    cid="c%d"%r.randint(0,5)
    n=r.randint(0,99)
    if n<30:
        if r.random()<0.3:
            return {"hmp":"device_add qemu64-x86_64-cpu,id=%s,apic-id=%d"%(cid,r.choice(apics))}
        return {"hmp":"device_add qemu64-x86_64-cpu,id=%s,socket-id=%d,die-id=%d,core-id=%d,thread-id=%d"%(cid,r.randint(0,3),r.randint(0,1),r.randint(0,3),r.randint(0,1))}
    if n<45: return {"hmp":"device_del "+cid}
    if n<55: return {"hmp":r.choice(["o /b 0x%x 0"%base,"o /l 0x%x %d"%(base,r.randint(0,12)),"o /b 0x%x 0"%(base+5),"o /b 0x%x 3"%(base+5),"i /l 0x%x"%(base+8),"i /b 0x%x"%(base+4),"o /b 0x%x 2"%(base+4),"o /b 0x%x 4"%(base+4)])}
    if n<62: return {"qmp":{"execute":r.choice(["query-acpi-ospm-status","system_reset","query-status"])}}
    if n<70: return {"qmp":{"execute":"qom-get","arguments":{"path":r.choice(["/machine","/machine/peripheral/"+cid,"/machine/acpi-device"]),"property":r.choice(["type","smp","cpu-hotplug-legacy","socket-id","apic-id","hotplugged","node-id"])}}}
    return r.choice([{"hmp":"info cpus"},{"hmp":"info hotpluggable-cpus"},{"qmp":{"execute":"query-cpus-fast"}},{"qmp":{"execute":"query-hotpluggable-cpus"}}])
def ppc(r):
    cid="c%d"%r.randint(0,4)
    n=r.randint(0,99)
    if n<25: return {"hmp":"device_add %s,id=%s,core-id=%d"%(r.choice(["power9_v2.0-spapr-cpu-core","power8_v2.0-spapr-cpu-core","power7_v2.3-spapr-cpu-core"]),cid,r.randint(0,6))}
    if n<45: return {"hmp":"device_del "+r.choice([cid,"/machine/unattached/device[%d]"%r.randint(0,7)])}
    if n<55: return {"qmp":{"execute":r.choice(["system_reset","cont","stop","query-status"])}}
    if n<62: return {"qmp":{"execute":"qom-get","arguments":{"path":r.choice(["/machine","/machine/peripheral/"+cid,"/machine/unattached/device[0]","/machine/unattached/device[1]"]),"property":r.choice(["type","smp","core-id","nr-threads","node-id"])}}}
    return r.choice([{"hmp":"info cpus"},{"hmp":"info hotpluggable-cpus"},{"qmp":{"execute":"query-cpus-fast"}},{"qmp":{"execute":"query-hotpluggable-cpus"}},{"hmp":"info status"}])
cases=[]
for i in range(30):
    r=random.Random(9000+i)
    if i%3==2:
        m=r.choice(PM)
        args=["-M",m,"-smp","2,maxcpus=6"]
        st=[];adds=0
        for _ in range(30):
            s=ppc(r)
            if s.get("hmp","").startswith("device_add"):
                adds+=1
                if adds>3: continue
            st.append(s)
        cases.append({"id":"rnd3-%d"%i,"binary":"ppc64","args":args,"steps":st})
    else:
        m=r.choice(X86M); t=r.choice(X86T)
        base=0xcd8 if "q35" in m else 0xaf00
        apics=list(range(0,20))
        cases.append({"id":"rnd3-%d"%i,"binary":"x86_64","args":["-M",m,"-smp",t],"steps":[x86(r,base,apics) for _ in range(40)]})
open("rnd3_cases.jsonl","w").write("".join(json.dumps(c)+"\n" for c in cases))
